using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Ukspf.Application;
using Ukspf.Application.Ingest;

namespace Ukspf.Functions.Ingest;

/// <summary>
/// Ingests each return uploaded into the inbox, received when the blob's properties say it landed. A failure of
/// the infrastructure propagates, so the host retries the blob and, after host.json's <c>poisonBlobThreshold</c>,
/// puts it on the poison queue; a bad workbook or a path that is not a valid name is not a failure but a recorded
/// refusal with its reason (see <see cref="IngestReturn"/>).
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
        var trigger = TriggerMetadata.Of(context);
        var blob = new InboxBlob(round, lla, name, trigger.ETag, trigger.ReceivedAt);
        var result = await ingest.RunAsync(blob, upload, context.CancellationToken);
        log.LogInformation("{Container}/{Blob}: {Status} as submission {SubmissionId}{Again}{Reason}",
            StorageNames.InboxContainer, blob.BlobName, result.Status, result.SubmissionId,
            result.AlreadyProcessed ? " (already processed)" : "", result.Reason is null ? "" : ": " + result.Reason);
    }
}
