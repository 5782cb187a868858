using System.Text.Json;

namespace Ukspf.Functions.Hosting.Metadata;

/// <summary>One entry of a function's <c>bindings</c> array in function.json.</summary>
/// <param name="Name">The binding's name: the key of its value in the invocation's Data or Outputs.</param>
public abstract record BindingDefinition(string Name)
{
    /// <summary>The binding type, such as <c>blobTrigger</c>.</summary>
    public abstract string Type { get; }

    /// <summary><c>in</c> or <c>out</c>.</summary>
    public abstract string Direction { get; }

    /// <summary>Writes the binding as a JSON object, properties in a fixed order so generated files are stable.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        writer.WriteString("type", Type);
        writer.WriteString("direction", Direction);
        WriteSettings(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes the properties particular to this binding type.</summary>
    protected abstract void WriteSettings(Utf8JsonWriter writer);
}
