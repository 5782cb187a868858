using System.Text.Json;
using Json.Schema;

namespace Ukspf.Workbooks.Tests.Exports;

/// <summary>
/// The standard's package schema, with its grant schema registered offline: under its own $id (1.4.3) and under the
/// 1.4.2 address the package schema's $ref names. Both files declare "http://json-schema.org/draft/2020-12/schema",
/// which is read here, as the standard's checker reads it, as the registered https draft 2020-12 meta-schema.
/// </summary>
internal static class GrantsSchema
{
    private const string GrantRef = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";

    private static readonly Lazy<JsonSchema> Package = new(Load);

    /// <summary>Each place the package breaks the schema, as "where: what"; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonElement package)
    {
        var results = Package.Value.Evaluate(package, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid, with no detail")
            .ToList();
    }

    private static JsonSchema Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var grant = JsonSchema.FromText(Read("360-giving-schema.json"), options);
        options.SchemaRegistry.Register(new Uri(GrantRef), grant);
        return JsonSchema.FromText(Read("360-giving-package-schema.json"), options);
    }

    private static string Read(string name) => File.ReadAllText(StandardFiles.PathOf(name))
        .Replace("\"http://json-schema.org/draft/2020-12/schema\"", "\"https://json-schema.org/draft/2020-12/schema\"", StringComparison.Ordinal);
}
