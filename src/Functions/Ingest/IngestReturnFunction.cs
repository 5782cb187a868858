using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Ukspf.Application;
using Ukspf.Application.Ingest;

namespace Ukspf.Functions.Ingest;

/// <summary>
/// Ingests each return uploaded into the inbox. A failure propagates, so the host retries the blob and, after
/// host.json's <c>poisonBlobThreshold</c>, puts it on the poison queue; a bad workbook is not a failure but a
/// Rejected submission with its reason.
/// </summary>
public sealed class IngestReturnFunction(IngestReturn ingest, ILogger<IngestReturnFunction> log)
{
    /// <summary>The inbox trigger path; <c>{round}</c>, <c>{lla}</c> and <c>{name}</c> bind to the parameters of the same names.</summary>
    public const string InboxPath = Triggers.InboxPath;

    /// <summary>
    /// Where the trigger learns of new blobs: Event Grid, as Flex Consumption requires (infra/ subscribes the
    /// function to the inbox's BlobCreated events); polling the container is not available there.
    /// </summary>
    public const BlobTriggerSource InboxSource = BlobTriggerSource.EventGrid;

    /// <summary>Runs the IngestReturn use case on one upload.</summary>
    [Function(FunctionNames.IngestReturn)]
    public async Task RunAsync(
        [BlobTrigger(InboxPath, Connection = AppSettingNames.StorageConnection, Source = InboxSource)] Stream upload,
        string round, string lla, string name, FunctionContext context)
    {
        var blob = new InboxBlob(round, lla, name, TriggerMetadata.BlobETag(context));
        var result = await ingest.RunAsync(blob, upload, context.CancellationToken);
        log.LogInformation("{Container}/{Blob}: {Status} as submission {SubmissionId}{Again}{Reason}",
            StorageNames.InboxContainer, blob.BlobName, result.Status, result.SubmissionId,
            result.AlreadyProcessed ? " (already processed)" : "", result.Reason is null ? "" : ": " + result.Reason);
    }
}
