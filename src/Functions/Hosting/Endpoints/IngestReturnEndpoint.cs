using System.Text.Json;
using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.Hosting.Protocol;
using Ukspf.Functions.Ingest;

namespace Ukspf.Functions.Hosting.Endpoints;

/// <summary>The inbox blob trigger: decodes the Base64 upload and ingests it.</summary>
internal sealed class IngestReturnEndpoint(HandlerFunctions functions) : IFunctionEndpoint
{
    private static readonly BlobTriggerBinding Trigger = (BlobTriggerBinding)FunctionCatalog.Get(FunctionNames.IngestReturn).Trigger;

    public string Name => FunctionNames.IngestReturn;

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var blob = BlobTriggerMetadata.FromRequest(request);
        var content = Decode(request.RequireData(Trigger.Name));
        var inbox = new InboxBlob(blob.Round, blob.Lla, blob.Name, blob.ETag);
        using var stream = new MemoryStream(content, writable: false);
        var result = await functions.IngestReturn(inbox, stream, cancellationToken);

        var log = $"{Trigger.Container}/{inbox.BlobName}: {result.Status} as submission {result.SubmissionId}"
            + (result.AlreadyProcessed ? " (already processed)" : "")
            + (result.Reason is null ? "" : $": {result.Reason}");
        return new InvocationResponse
        {
            Logs = [log],
            ReturnValue = new IngestOutcome(result.SubmissionId, result.Status.ToString(), result.Reason, result.FeedbackBlob, result.AlreadyProcessed),
        };
    }

    private static byte[] Decode(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new PayloadException($"Data.{Trigger.Name} must be the blob's content as a Base64 string.");
        }

        try
        {
            return value.GetBytesFromBase64();
        }
        catch (FormatException e)
        {
            throw new PayloadException($"Data.{Trigger.Name} is not valid Base64.", e);
        }
    }

    private sealed record IngestOutcome(string SubmissionId, string Status, string? Reason, string FeedbackBlob, bool AlreadyProcessed);
}
