namespace Ukspf.Domain.Councils;

/// <summary>
/// The one spelling of a council code that storage paths and table keys use when the register does not know the
/// council: a folder written " e07000223" and one written "E07000223" are the same, and so are " BRECKLAND" and "breckland".
/// </summary>
public static class CouncilCode
{
    /// <summary>
    /// The code without surrounding white space: a GSS code (a letter and eight digits) in upper case, anything else in
    /// lower case (invariant culture).
    /// </summary>
    public static string Normalise(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var trimmed = code.Trim();
        return IsGss(trimmed) ? trimmed.ToUpperInvariant() : trimmed.ToLowerInvariant();
    }

    /// <summary>True for a code shaped like an ONS GSS code: one letter then eight digits, e.g. "E07000223".</summary>
    public static bool IsGss(string code) =>
        code.Length == 9 && char.IsAsciiLetter(code[0]) && code.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false;
}
