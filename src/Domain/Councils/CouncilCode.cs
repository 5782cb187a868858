namespace Ukspf.Domain.Councils;

/// <summary>
/// The one spelling of an LLA code that storage paths and table keys use: a folder written " BRECKLAND" and one
/// written "breckland" are the same council, so both become "breckland".
/// </summary>
public static class CouncilCode
{
    /// <summary>The code without surrounding white space, in lower case (invariant culture).</summary>
    public static string Normalise(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToLowerInvariant();
    }
}
