using Ukspf.Application;
using Ukspf.Domain.Returns;

namespace Ukspf.Cli;

/// <summary>
/// Text from outside (file names, reasons, error messages) made safe to print. Control characters would reach the
/// terminal as commands (colours, clearing the screen), and Spectre.Console fails to measure U+FFFE, U+FFFF and
/// half surrogate pairs; brackets would be read as markup.
/// </summary>
public static class ConsoleText
{
    /// <summary>
    /// The text on one line of plain characters: tabs and line breaks become spaces; other control characters and
    /// characters XML cannot carry become U+FFFD. Null becomes empty.
    /// </summary>
    public static string Plain(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var chars = XmlCharacters.Clean(text).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '\t' or '\r' or '\n') chars[i] = ' ';
            else if (char.IsControl(chars[i])) chars[i] = XmlCharacters.Replacement;
        }
        return new string(chars);
    }

    /// <summary><see cref="Plain"/> text escaped as Spectre.Console markup, for a table cell.</summary>
    public static string Cell(string? text) => Spectre.Console.Markup.Escape(Plain(text));
}
