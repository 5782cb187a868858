using System.Globalization;
using System.Text.RegularExpressions;

namespace Ukspf.Storage.Azure;

/// <summary>
/// Reads a <c>$batch</c> response: the status, headers and body of each operation's embedded HTTP response, in order.
/// On failure the service answers with the failing operation only; its index is the prefix of the error message
/// (<c>"3:The specified entity already exists"</c>) or, failing that, its Content-ID.
/// </summary>
internal static partial class TableBatchResponse
{
    public sealed record Part(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

    public static IReadOnlyList<Part> Read(string body)
    {
        var parts = new List<Part>();
        foreach (var segment in BoundaryLine().Split(body))
        {
            var start = segment.IndexOf("HTTP/1.1 ", StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            var outerHeaders = ReadHeaders(segment[..start]);
            var lines = segment[start..].Split("\r\n");
            var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
            var blank = Array.IndexOf(lines, "");
            var headers = ReadHeaders(string.Join("\r\n", lines[1..(blank < 0 ? lines.Length : blank)]));
            foreach (var (name, value) in outerHeaders)
            {
                headers.TryAdd(name, value);
            }

            var content = blank < 0 ? "" : string.Join("\r\n", lines[(blank + 1)..]).Trim();
            parts.Add(new Part(status, headers, content));
        }

        return parts;
    }

    /// <summary>The failing operation's index, from the message prefix or the Content-ID, or -1 when neither says.</summary>
    public static int FailedIndex(Part failed, string? message, int actionCount)
    {
        var prefix = message is null ? null : IndexPrefix().Match(message);
        if (prefix is { Success: true } && int.TryParse(prefix.Groups[1].Value, CultureInfo.InvariantCulture, out var index) && index < actionCount)
        {
            return index;
        }

        return failed.Headers.TryGetValue("Content-ID", out var id) && int.TryParse(id, CultureInfo.InvariantCulture, out var contentId)
            ? contentId - 1
            : -1;
    }

    private static Dictionary<string, string> ReadHeaders(string text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    [GeneratedRegex(@"^--[^\r\n]*\r?$", RegexOptions.Multiline)]
    private static partial Regex BoundaryLine();

    [GeneratedRegex(@"^(\d+):")]
    private static partial Regex IndexPrefix();
}
