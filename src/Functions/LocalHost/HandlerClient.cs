using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Ukspf.Functions.Hosting.Protocol;

namespace Ukspf.Functions.LocalHost;

/// <summary>Posts invocation payloads to the custom handler as the Functions host does, and classifies what comes back.</summary>
internal sealed class HandlerClient(HttpClient http, Uri baseAddress, ILogger logger)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public async Task<InvocationResponse> InvokeAsync(string function, JsonObject payload, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, function))
        {
            Content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("ukspf-local-host", "1.0"));

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new HandlerInvocationException($"The handler at {baseAddress} could not be reached: {e.Message}", null, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HandlerInvocationException($"The handler at {baseAddress} did not answer {function} in time.", null, e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var answer = Parse(body);
            if (!response.IsSuccessStatusCode)
            {
                var reason = answer?.Logs is { Count: > 0 } logs ? string.Join(" ", logs) : body;
                throw new HandlerInvocationException($"{function} answered {(int)response.StatusCode}: {reason}", (int)response.StatusCode);
            }

            if (answer is null)
            {
                throw new HandlerInvocationException($"{function} answered with something other than an invocation response.", (int)response.StatusCode);
            }

            foreach (var line in answer.Logs ?? [])
            {
                logger.LogInformation("{Function}: {Log}", function, line);
            }

            return answer;
        }
    }

    private static InvocationResponse? Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<InvocationResponse>(body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
