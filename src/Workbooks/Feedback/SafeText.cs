using Ukspf.Domain.Returns;

namespace Ukspf.Workbooks.Feedback;

/// <summary>Text from a finding or a header made safe to store in a cell or a note.</summary>
internal static class SafeText
{
    /// <summary>Excel's limit on the characters in one cell.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>The text cut to Excel's cell limit, each character XML cannot carry replaced.</summary>
    public static string Clean(string text) =>
        XmlCharacters.Clean(text.Length > MaxCellLength ? text[..MaxCellLength] : text);

    /// <summary>Whether the text needs <c>xml:space="preserve"</c> to keep its leading or trailing white space.</summary>
    public static bool NeedsPreserve(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
}
