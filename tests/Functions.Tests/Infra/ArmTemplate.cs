using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ukspf.Functions.Tests.Infra;

/// <summary>
/// An ARM template compiled from a .bicep file, with just enough of the ARM expression language to say what a
/// deployment would create: variables, <c>format</c>, <c>concat</c>, <c>createArray</c>, <c>length</c>,
/// <c>toLower</c> and <c>copyIndex</c> are evaluated, loops expanded; anything known only at deployment (parameters, references,
/// <c>resourceId</c>, <c>listKeys</c>...) stays as its source text and renders as «text».
/// </summary>
internal sealed class ArmTemplate
{
    private readonly JsonElement root;

    private ArmTemplate(JsonElement root) => this.root = root;

    public static ArmTemplate Compile(params string[] bicepPath)
    {
        var result = BicepCli.Build(RepositoryFiles.PathOf(bicepPath));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.Combine(bicepPath)} does not compile: {result}");
        }

        using var document = JsonDocument.Parse(result.Output);
        return new ArmTemplate(document.RootElement.Clone());
    }

    /// <summary>The whole template as JSON text, for checks that hold anywhere in it.</summary>
    public string Text => root.GetRawText();

    public IEnumerable<string> Parameters => root.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateObject().Select(p => p.Name) : [];

    public JsonElement Parameter(string name) => root.GetProperty("parameters").GetProperty(name);

    public IEnumerable<string> Outputs => root.TryGetProperty("outputs", out var outputs) ? outputs.EnumerateObject().Select(o => o.Name) : [];

    /// <summary>The resources of a type, as declared (one per loop, not per instance).</summary>
    public IEnumerable<JsonElement> Resources(string type)
    {
        var resources = root.GetProperty("resources");
        // Language version 2.0 keys resources by symbolic name.
        var all = resources.ValueKind == JsonValueKind.Object ? resources.EnumerateObject().Select(p => p.Value) : resources.EnumerateArray();
        return all.Where(r => r.GetProperty("type").GetString() == type && !r.TryGetProperty("existing", out _));
    }

    public JsonElement Single(string type) => Resources(type).Single();

    /// <summary>The last segment of the name of every instance of a type, loops expanded.</summary>
    public IEnumerable<string> InstanceNames(string type) =>
        from resource in Resources(type)
        from index in Enumerable.Range(0, resource.TryGetProperty("copy", out var copy) ? Convert.ToInt32(Evaluate(copy.GetProperty("count")), CultureInfo.InvariantCulture) : 1)
        select Render(Evaluate(resource.GetProperty("name"), index)).Split('/')[^1];

    /// <summary>A JSON value of the template with its expressions evaluated as far as they can be.</summary>
    public object? Evaluate(JsonElement value, int copyIndex = 0) => value.ValueKind switch
    {
        JsonValueKind.String => EvaluateString(value.GetString()!, copyIndex),
        JsonValueKind.Number => value.GetInt64(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(item => Evaluate(item, copyIndex)).ToList(),
        JsonValueKind.Null => null,
        _ => value,
    };

    /// <summary>The value at a path below an element of this template, evaluated and rendered.</summary>
    public string StringAt(JsonElement element, params string[] path) =>
        Render(Evaluate(path.Aggregate(element, (e, name) => e.GetProperty(name))));

    /// <summary>A value as a string, with what only the deployment knows shown as «source».</summary>
    public static string Render(object? value) => value switch
    {
        string s => s,
        Unknown u => $"«{u.Source}»",
        bool b => b ? "true" : "false",
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Render)) + "]",
        JsonElement e => e.GetRawText(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private object? EvaluateString(string text, int copyIndex)
    {
        if (text.StartsWith("[[", StringComparison.Ordinal))
        {
            return text[1..];
        }

        return text.StartsWith('[') && text.EndsWith(']') ? new Parser(this, text[1..^1], copyIndex).Parse() : text;
    }

    private object? Call(string function, IReadOnlyList<object?> args, int copyIndex)
    {
        switch (function)
        {
            case "variables":
                return Evaluate(root.GetProperty("variables").GetProperty((string)args[0]!), copyIndex);
            case "format" when args[0] is string format:
                return string.Format(CultureInfo.InvariantCulture, format, [.. args.Skip(1).Select(Render)]);
            case "copyIndex":
                // copyIndex(), copyIndex(offset), copyIndex('loop') or copyIndex('loop', offset).
                return copyIndex + args.OfType<long>().Sum();
            case "createArray":
                return args.ToList();
            case "concat" when args.All(a => a is List<object?>):
                return args.SelectMany(a => (List<object?>)a!).ToList();
            case "concat" when args.All(a => a is string or Unknown):
                return string.Concat(args.Select(Render));
            case "length" when args[0] is List<object?> list:
                return (long)list.Count;
            case "length" when args[0] is string s:
                return (long)s.Length;
            case "toLower" when args[0] is string s && !s.Contains('«', StringComparison.Ordinal):
                return s.ToLowerInvariant();
            default:
                return new Unknown($"{function}({string.Join(", ", args.Select(Source))})");
        }
    }

    private static string Source(object? value) => value switch
    {
        string s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'",
        Unknown u => u.Source,
        _ => Render(value),
    };

    /// <summary>A value known only at deployment, kept as its expression.</summary>
    public sealed record Unknown(string Source);

    /// <summary>Reads and evaluates one expression: calls, 'strings', numbers, .member and [index].</summary>
    private sealed class Parser(ArmTemplate template, string text, int copyIndex)
    {
        private int position;

        public object? Parse()
        {
            var value = Expression();
            SkipSpace();
            return position == text.Length ? value : throw Unexpected();
        }

        private object? Expression()
        {
            var value = Primary();
            while (true)
            {
                SkipSpace();
                if (TryRead('.'))
                {
                    value = Member(value, Identifier());
                }
                else if (TryRead('['))
                {
                    var index = Expression();
                    Read(']');
                    value = value is List<object?> list && index is long i ? list[(int)i] : new Unknown($"{Source(value)}[{Source(index)}]");
                }
                else
                {
                    return value;
                }
            }
        }

        private object? Primary()
        {
            SkipSpace();
            if (TryRead('\''))
            {
                var literal = new StringBuilder();
                while (true)
                {
                    if (position >= text.Length)
                    {
                        throw Unexpected();
                    }

                    var c = text[position++];
                    if (c == '\'' && !TryRead('\''))
                    {
                        return literal.ToString();
                    }

                    literal.Append(c);
                }
            }

            if (position >= text.Length)
            {
                throw Unexpected();
            }

            if (char.IsAsciiDigit(text[position]) || text[position] == '-')
            {
                var start = position++;
                while (position < text.Length && char.IsAsciiDigit(text[position]))
                {
                    position++;
                }

                return long.Parse(text[start..position], CultureInfo.InvariantCulture);
            }

            var function = Identifier();
            Read('(');
            var args = new List<object?>();
            SkipSpace();
            if (!TryRead(')'))
            {
                do
                {
                    args.Add(Expression());
                    SkipSpace();
                }
                while (TryRead(','));
                Read(')');
            }

            return template.Call(function, args, copyIndex);
        }

        private object? Member(object? value, string name) => value switch
        {
            JsonElement e when e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var property) => template.Evaluate(property, copyIndex),
            _ => new Unknown($"{Source(value)}.{name}"),
        };

        private string Identifier()
        {
            SkipSpace();
            var start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            return position > start ? text[start..position] : throw Unexpected();
        }

        private void SkipSpace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private bool TryRead(char c)
        {
            if (position < text.Length && text[position] == c)
            {
                position++;
                return true;
            }

            return false;
        }

        private void Read(char c)
        {
            SkipSpace();
            if (!TryRead(c))
            {
                throw Unexpected();
            }
        }

        private FormatException Unexpected() => new($"Cannot read the ARM expression [{text}] at {position}");
    }
}
