using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Ukspf.Storage.Azure;

/// <summary>
/// What every Blob and Table client shares: the service endpoint, the pipeline (retries, then authentication per
/// retry), the REST version, and turning a failed response into a <see cref="RequestFailedException"/>.
/// </summary>
internal sealed class StorageRestClient
{
    private readonly string _version;

    private StorageRestClient(Uri endpoint, HttpPipeline pipeline, string version)
    {
        Endpoint = endpoint;
        Pipeline = pipeline;
        _version = version;
    }

    public Uri Endpoint { get; }

    public HttpPipeline Pipeline { get; }

    public static StorageRestClient Create(Uri endpoint, HttpPipelinePolicy authentication, AzureStorageClientOptions? options, bool table)
    {
        options ??= new AzureStorageClientOptions();
        var pipeline = HttpPipelineBuilder.Build(options, [], [authentication], new ResponseClassifier());
        var trimmed = new Uri(endpoint.AbsoluteUri.TrimEnd('/'));
        return new StorageRestClient(trimmed, pipeline, table ? options.TableServiceVersion : options.BlobServiceVersion);
    }

    /// <summary>A request to the endpoint plus <paramref name="path"/> segments, each escaped.</summary>
    public HttpMessage CreateMessage(RequestMethod method, params string[] path)
    {
        var message = Pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(Endpoint);
        foreach (var segment in path)
        {
            request.Uri.AppendPath("/", escape: false);
            request.Uri.AppendPath(segment, escape: true);
        }

        request.Headers.SetValue("x-ms-version", _version);
        return message;
    }

    /// <summary>A request to the endpoint plus a path the caller has already escaped (Table key syntax).</summary>
    public HttpMessage CreateMessageWithEscapedPath(RequestMethod method, string escapedPath)
    {
        var message = CreateMessage(method);
        message.Request.Uri.AppendPath("/" + escapedPath, escape: false);
        return message;
    }

    /// <summary>Sends the message and throws <see cref="RequestFailedException"/> unless the status is a success.</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError)
        {
            throw StorageErrorParser.ToException(response);
        }

        return response;
    }
}
