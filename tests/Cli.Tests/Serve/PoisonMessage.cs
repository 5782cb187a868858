using System.Text;
using System.Text.Json;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>What the SDK puts on <c>webjobs-blobtrigger-poison</c>: its blob-trigger message, as JSON, base64-encoded on the queue.</summary>
internal sealed record PoisonMessage(string FunctionId, string ContainerName, string BlobName, string ETag)
{
    public static PoisonMessage Read(BinaryData body)
    {
        var text = body.ToString();
        var json = text.TrimStart().StartsWith('{') ? text : Encoding.UTF8.GetString(Convert.FromBase64String(text));
        return JsonSerializer.Deserialize<PoisonMessage>(json)!;
    }
}
