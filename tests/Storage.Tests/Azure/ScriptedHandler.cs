using System.Net;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>An HTTP handler that records each request as sent and answers from a script, for pipeline tests without a server.</summary>
internal sealed class ScriptedHandler(params Func<HttpResponseMessage>[] responses) : HttpMessageHandler
{
    private int _next;

    public List<HttpRequestMessage> Requests { get; } = [];

    public static Func<HttpResponseMessage> Respond(HttpStatusCode status, string? errorCode = null) => () =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent("") };
        if (errorCode is not null)
        {
            response.Headers.Add("x-ms-error-code", errorCode);
        }

        response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"0x1\"");
        return response;
    };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var script = responses[Math.Min(_next++, responses.Length - 1)];
        return Task.FromResult(script());
    }
}
