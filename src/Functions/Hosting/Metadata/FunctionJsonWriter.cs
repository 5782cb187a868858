using System.Text;
using System.Text.Json;

namespace Ukspf.Functions.Hosting.Metadata;

/// <summary>Writes the <c>{FunctionName}/function.json</c> files the Functions host reads, from <see cref="FunctionCatalog"/>.</summary>
public static class FunctionJsonWriter
{
    /// <summary>The file name the host looks for in each function folder.</summary>
    public const string FileName = "function.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, IndentSize = 2, NewLine = "\n" };

    /// <summary>The function.json text of one function: two-space indented, LF line ends, a final newline.</summary>
    public static string Render(FunctionDefinition function)
    {
        ArgumentNullException.ThrowIfNull(function);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("bindings");
            foreach (var binding in function.Bindings)
            {
                binding.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Every function's file, keyed by its path relative to the app root (<c>IngestReturn/function.json</c>).</summary>
    public static IReadOnlyDictionary<string, string> RenderAll() =>
        FunctionCatalog.All.ToDictionary(f => $"{f.Name}/{FileName}", Render, StringComparer.Ordinal);

    /// <summary>Writes every function's folder and function.json under <paramref name="directory"/>, replacing existing files.</summary>
    /// <returns>The full paths written.</returns>
    public static IReadOnlyList<string> WriteAll(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var written = new List<string>();
        foreach (var function in FunctionCatalog.All)
        {
            var folder = Path.Combine(directory, function.Name);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, FileName);
            File.WriteAllText(path, Render(function), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(path);
        }

        return written;
    }
}
