using System.Text;

namespace Ukspf.Domain.Councils;

/// <summary>How a council's short name and slug are derived from its official name.</summary>
public static class CouncilNames
{
    private static readonly string[] Suffixes =
    [
        " Metropolitan Borough Council", " Metropolitan District Council", " County Borough Council", " City and District Council",
        " Borough Council", " District Council", " County Council", " City Council", " Council",
    ];

    private static readonly string[] Prefixes = ["London Borough of ", "Royal Borough of ", "Borough Council of ", "City and County of ", "Council of the ", "Borough of ", "The "];

    /// <summary>
    /// The official name without the words that say what sort of council it is: "Adur District Council" → "Adur",
    /// "London Borough of Barnet" → "Barnet"; combined authorities keep their whole name.
    /// </summary>
    public static string Short(string officialName)
    {
        var name = officialName.Trim();
        foreach (var suffix in Suffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) { name = name[..^suffix.Length]; break; }
        foreach (var prefix in Prefixes)
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length) { name = name[prefix.Length..]; break; }
        return name;
    }

    /// <summary>Lower case, each run of other characters than letters and digits one hyphen: "Bournemouth, Christchurch and Poole" → "bournemouth-christchurch-and-poole".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var ch in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) slug.Append(ch);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }
}
