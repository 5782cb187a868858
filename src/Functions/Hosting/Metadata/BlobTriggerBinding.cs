using System.Text.Json;

namespace Ukspf.Functions.Hosting.Metadata;

/// <summary>A <c>blobTrigger</c>: runs the function for each new or changed blob matching <paramref name="Path"/>.</summary>
/// <param name="Name">The binding name; the blob's content arrives under this key of Data.</param>
/// <param name="Path">The container and name pattern, e.g. <c>returns-inbox/{round}/{lla}/{name}</c>; each <c>{part}</c> arrives in Metadata.</param>
/// <param name="Connection">The app setting prefix of the storage connection.</param>
/// <param name="Source">
/// <c>EventGrid</c> (the only source the Flex Consumption plan supports) or <c>LogsAndContainerScan</c> (polling).
/// </param>
public sealed record BlobTriggerBinding(string Name, string Path, string Connection, string Source) : BindingDefinition(Name)
{
    /// <inheritdoc />
    public override string Type => "blobTrigger";

    /// <inheritdoc />
    public override string Direction => "in";

    /// <summary>The blob's container: the part of <see cref="Path"/> before the first '/'.</summary>
    public string Container => Path[..Path.IndexOf('/', StringComparison.Ordinal)];

    /// <inheritdoc />
    protected override void WriteSettings(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("path", Path);
        writer.WriteString("connection", Connection);
        writer.WriteString("source", Source);
        // Binary keeps the upload as bytes; the host then sends it Base64-encoded.
        writer.WriteString("dataType", "binary");
    }
}
