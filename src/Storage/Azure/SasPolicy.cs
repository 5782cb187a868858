using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Ukspf.Storage.Azure;

/// <summary>Appends a shared access signature to each request's query, once, unless the URL already carries one.</summary>
internal sealed class SasPolicy : HttpPipelineSynchronousPolicy
{
    private readonly AzureSasCredential _credential;

    public SasPolicy(AzureSasCredential credential) => _credential = credential;

    public override void OnSendingRequest(HttpMessage message)
    {
        var uri = message.Request.Uri;
        var sas = _credential.Signature.TrimStart('?');
        var query = uri.Query.TrimStart('?');
        if (query.Contains("sig=", StringComparison.Ordinal))
        {
            return;
        }

        uri.Query = query.Length == 0 ? "?" + sas : "?" + query + "&" + sas;
    }
}
