using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using Ukspf.Application;
using Ukspf.Application.Ingest;
using BlobProperties = Azure.Storage.Blobs.Models.BlobProperties;

namespace Ukspf.Cli.Serve;

/// <summary>
/// The blob trigger of <c>ukspf serve</c>: each upload into the inbox goes to <see cref="IngestReturn"/>. Receipts,
/// retries and the poison queue are the SDK's: a failed upload is tried again, five times in all, and then its
/// message moves to <c>webjobs-blobtrigger-poison</c>.
/// </summary>
public sealed class IngestJob(IngestReturn ingest, ILogger<IngestJob> logger)
{
    /// <summary>The function's name, as the worker app names its blob-triggered function.</summary>
    public const string FunctionName = "IngestReturn";

    /// <summary>The blobs it is triggered by.</summary>
    public const string TriggerPath = Triggers.InboxPath;

    /// <summary>Ingests one upload and logs the outcome; a failure is logged and thrown back to the SDK, which tries again.</summary>
    [FunctionName(FunctionName)]
    public async Task RunAsync(
        [BlobTrigger(TriggerPath, Connection = ServeSettings.StorageSetting)] Stream content,
        string round, string lla, string name, BlobProperties properties, CancellationToken cancellationToken)
    {
        var blob = new InboxBlob(round, lla, name, properties.ETag.ToString());
        try
        {
            ServeLog.Ingested(logger, blob, await ingest.RunAsync(blob, content, cancellationToken));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            ServeLog.IngestFailed(logger, blob.BlobName, e.Message);
            throw;
        }
    }
}
