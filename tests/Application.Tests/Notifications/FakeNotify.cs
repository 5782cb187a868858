using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Ukspf.Application.Tests.Notifications;

/// <summary>
/// A stand-in for the GOV.UK Notify API on a loopback port: records every request and answers
/// <c>POST /v2/notifications/email</c> as Notify does (201 with the notification), or with the status a test sets
/// (Notify's error body), or not at all. Anything else is a 404.
/// </summary>
internal sealed class FakeNotify : IDisposable
{
    public const string EmailPath = "/v2/notifications/email";

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<NotifyRequest> _requests = new();
    private readonly Task _loop;

    public FakeNotify()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The status the next answers carry: 201 (sent), or an error status Notify uses.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.Created;

    /// <summary>When set, requests are read and recorded but never answered (until the fake is disposed).</summary>
    public bool Hang { get; set; }

    public IReadOnlyList<NotifyRequest> Requests => [.. _requests];

    /// <summary>The requests to the email endpoint, with their JSON bodies.</summary>
    public IReadOnlyList<NotifyRequest> Emails => Requests.Where(r => r.Method == "POST" && r.Path == EmailPath).ToList();

    /// <summary>A port nothing listens on (for "Notify cannot be reached").</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        _requests.Enqueue(new NotifyRequest(request.HttpMethod, request.Url!.AbsolutePath, request.Headers["Authorization"],
            request.Headers["User-Agent"], request.ContentType, body));

        if (Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
            }
            context.Response.Abort();
            return;
        }

        var response = context.Response;
        string answer;
        if (request.HttpMethod != "POST" || request.Url.AbsolutePath != EmailPath)
        {
            response.StatusCode = 404;
            answer = Error(404, "ResourceNotFound", "Not found");
        }
        else if (Status == HttpStatusCode.Created)
        {
            response.StatusCode = 201;
            answer = Created(body);
        }
        else
        {
            response.StatusCode = (int)Status;
            answer = Status == HttpStatusCode.BadRequest
                ? Error(400, "BadRequestError", "Can't send to this recipient using a team-only API key")
                : Error((int)Status, "Exception", "Internal server error");
        }
        response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(answer);
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private string Created(string requestBody)
    {
        using var json = JsonDocument.Parse(requestBody);
        var templateId = json.RootElement.GetProperty("template_id").GetString();
        var reference = json.RootElement.TryGetProperty("reference", out var r) ? r.GetString() : null;
        var id = Guid.NewGuid();
        return JsonSerializer.Serialize(new
        {
            id,
            reference,
            content = new { subject = "UKSPF return", body = "...", from_email = "ukspf@notifications.service.gov.uk" },
            uri = $"{BaseUrl}/v2/notifications/{id}",
            template = new { id = templateId, version = 1, uri = $"{BaseUrl}/services/x/templates/{templateId}" },
        });
    }

    private static string Error(int status, string error, string message) =>
        JsonSerializer.Serialize(new { status_code = status, errors = new[] { new { error, message } } });

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
        _stopping.Dispose();
    }
}
