using Azure.Core;
using Azure.Core.Pipeline;

namespace Ukspf.Storage.Azure;

/// <summary>
/// Signs each request with Shared Key (Blob) or Shared Key Lite (Table). Added as a per-retry policy so every retry
/// carries a fresh date and signature.
/// </summary>
internal sealed class SharedKeyPolicy : HttpPipelineSynchronousPolicy
{
    private readonly StorageSharedKeyCredential _credential;
    private readonly bool _lite;
    private readonly TimeProvider _clock;

    public SharedKeyPolicy(StorageSharedKeyCredential credential, bool lite, TimeProvider? clock = null)
    {
        _credential = credential;
        _lite = lite;
        _clock = clock ?? TimeProvider.System;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", SharedKeyStringToSign.FormatDate(_clock.GetUtcNow()));

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Name] = header.Value;
        }

        // The transport sets Content-Length from the content, so it is not among the request headers yet.
        if (request.Content is not null && request.Content.TryComputeLength(out var length))
        {
            headers["Content-Length"] = length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        headers.Remove("Authorization");
        var uri = request.Uri.ToUri();
        var stringToSign = _lite
            ? SharedKeyStringToSign.ForTableLite(uri, headers, _credential.AccountName)
            : SharedKeyStringToSign.ForBlob(request.Method.Method, uri, headers, _credential.AccountName);
        var scheme = _lite ? "SharedKeyLite" : "SharedKey";
        request.Headers.SetValue("Authorization", $"{scheme} {_credential.AccountName}:{_credential.ComputeSignature(stringToSign)}");
    }
}
