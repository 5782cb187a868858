using System.Collections.Concurrent;
using System.Text.Json;
using Ukspf.Functions.Hosting.Protocol;

namespace Ukspf.Functions.Tests.LocalHost;

/// <summary>Sits between a trigger host and the real handler and remembers every invocation and its answer.</summary>
internal sealed class RecordingHttpHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<Invocation> invocations = new();

    public IReadOnlyList<Invocation> Invocations => [.. invocations];

    /// <summary>The blob names of successful IngestReturn invocations, one entry per invocation.</summary>
    public IReadOnlyList<string> IngestedBlobs =>
        [.. Invocations.Where(i => i.Function == "IngestReturn" && i.Succeeded).Select(i => i.BlobName!)];

    public IReadOnlyList<Invocation> Of(string function) => [.. Invocations.Where(i => i.Function == function)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        invocations.Enqueue(new Invocation(request.RequestUri!.Segments[^1], (int)response.StatusCode, body));
        return response;
    }

    internal sealed record Invocation(string Function, int Status, string Body)
    {
        public bool Succeeded => Status is >= 200 and < 300;

        public InvocationRequest Request => JsonSerializer.Deserialize<InvocationRequest>(Body)!;

        public string? BlobName => Request.MetadataText("round") is { } round ? $"{round}/{Request.MetadataText("lla")}/{Request.MetadataText("name")}" : null;

        public bool IsPastDue => Request.RequireData("timer").GetProperty("IsPastDue").GetBoolean();
    }
}
