using System.Text.Json;

namespace Ukspf.Functions.Hosting.Protocol;

/// <summary>
/// The binding data of an inbox blob trigger: the <c>{round}</c>, <c>{lla}</c> and <c>{name}</c> parts of the path
/// <c>returns-inbox/{round}/{lla}/{name}</c>, and the blob's ETag and length from <c>Properties</c>.
/// </summary>
/// <param name="Round">The round folder.</param>
/// <param name="Lla">The council folder.</param>
/// <param name="Name">The file name.</param>
/// <param name="ETag">The version that triggered, when the host sent it.</param>
/// <param name="Length">The blob's size, when the host sent it.</param>
public sealed record BlobTriggerMetadata(string Round, string Lla, string Name, string? ETag, long? Length)
{
    /// <summary>Reads the binding data from an invocation's Metadata.</summary>
    /// <exception cref="PayloadException">A path part is missing.</exception>
    public static BlobTriggerMetadata FromRequest(InvocationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var properties = request.Metadata is not null && request.Metadata.TryGetValue("Properties", out var raw) ? PayloadValues.AsObject(raw) : null;
        string? etag = null;
        long? length = null;
        if (properties is { } props)
        {
            // The ETag keeps its quotes: they are part of the tag, not JSON encoding.
            etag = PayloadValues.Property(props, "ETag") is { ValueKind: JsonValueKind.String } tag ? tag.GetString() : null;
            // Older storage SDKs call it Length, newer ones ContentLength.
            var size = PayloadValues.Property(props, "ContentLength") ?? PayloadValues.Property(props, "Length");
            length = size is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var l) ? l : null;
        }

        return new BlobTriggerMetadata(Require(request, "round"), Require(request, "lla"), Require(request, "name"), etag, length);
    }

    private static string Require(InvocationRequest request, string part) =>
        request.MetadataText(part) is { Length: > 0 } value
            ? value
            : throw new PayloadException($"The blob trigger's Metadata has no '{part}': the path must be {Metadata.FunctionCatalog.InboxPath}.");
}
