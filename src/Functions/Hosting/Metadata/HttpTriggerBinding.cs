using System.Text.Json;

namespace Ukspf.Functions.Hosting.Metadata;

/// <summary>An <c>httpTrigger</c>: the function answers <c>/api/{Route}</c> for the given methods.</summary>
/// <param name="Name">The binding name; the request arrives under this key of Data.</param>
/// <param name="Route">The route template after <c>/api/</c>, e.g. <c>rounds/{round}/submissions</c>.</param>
/// <param name="Methods">Lower-case HTTP methods.</param>
/// <param name="AuthLevel"><c>function</c> (a function key is required), <c>admin</c> or <c>anonymous</c>.</param>
public sealed record HttpTriggerBinding(string Name, string Route, IReadOnlyList<string> Methods, string AuthLevel) : BindingDefinition(Name)
{
    /// <inheritdoc />
    public override string Type => "httpTrigger";

    /// <inheritdoc />
    public override string Direction => "in";

    /// <inheritdoc />
    protected override void WriteSettings(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("route", Route);
        writer.WriteStartArray("methods");
        foreach (var method in Methods)
        {
            writer.WriteStringValue(method);
        }

        writer.WriteEndArray();
        writer.WriteString("authLevel", AuthLevel);
    }
}
