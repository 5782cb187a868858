namespace Ukspf.Functions.LocalHost;

/// <summary>
/// Matches blob names against a trigger path such as <c>returns-inbox/{round}/{lla}/{name}</c>: literal segments
/// must be equal, each <c>{part}</c> takes one segment, and the last part takes whatever remains.
/// </summary>
internal sealed class BlobPathPattern
{
    private readonly string[] segments;

    public BlobPathPattern(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        Container = path[..slash];
        segments = path[(slash + 1)..].Split('/');
    }

    public string Container { get; }

    /// <summary>The named parts of <paramref name="blobName"/>, or null when it does not fit the pattern.</summary>
    public IReadOnlyDictionary<string, string>? Match(string blobName)
    {
        var parts = blobName.Split('/', segments.Length);
        if (parts.Length != segments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length > 2 && segment[0] == '{' && segment[^1] == '}')
            {
                if (parts[i].Length == 0)
                {
                    return null;
                }

                values[segment[1..^1]] = parts[i];
            }
            else if (!string.Equals(segment, parts[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values;
    }
}
