using System.Text.Json;

namespace Ukspf.Functions.Hosting.Metadata;

/// <summary>An <c>http</c> output: the handler's <c>Outputs[Name]</c> becomes the HTTP response.</summary>
/// <param name="Name">The binding name, conventionally <c>res</c>.</param>
public sealed record HttpOutputBinding(string Name) : BindingDefinition(Name)
{
    /// <inheritdoc />
    public override string Type => "http";

    /// <inheritdoc />
    public override string Direction => "out";

    /// <inheritdoc />
    protected override void WriteSettings(Utf8JsonWriter writer)
    {
    }
}
