using Ukspf.Domain.Returns;

namespace Ukspf.Application.Ingest;

/// <summary>
/// What makes an inbox path usable. Its round and council folders become storage path segments and table keys, and
/// its file name is kept in records and shown in feedback and on screen, so each must be a name those can carry:
/// no '..' or '/' to climb out of a folder, no control characters, nothing XML cannot carry, nothing overlong.
/// </summary>
public static class InboxNames
{
    /// <summary>The longest round or council folder name taken; a round id or council code is far shorter.</summary>
    public const int MaxFolderLength = 64;

    /// <summary>
    /// Why a round or council folder cannot be a path segment and a key, in an uploader's words; null when it can.
    /// Surrounding spaces are ignored, as the council lookup ignores them. The name starts with a letter or digit
    /// and holds letters, digits, hyphens, underscores, dots and spaces.
    /// </summary>
    /// <param name="what">"round" or "council", for the message.</param>
    /// <param name="folder">The folder as uploaded into.</param>
    public static string? FolderProblem(string what, string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var name = folder.Trim();
        var example = what == "round" ? "2025-26-Q3" : "adur";
        if (name.Length == 0) return $"The {what} folder has no name. Upload your return into a folder such as {example}.";
        if (name.Length > MaxFolderLength)
            return $"The {what} folder's name is {name.Length} characters long, longer than any {what} folder can be ({MaxFolderLength}). Upload your return into a folder such as {example}.";
        if (!char.IsLetterOrDigit(name[0]) || !name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' '))
            return $"The {what} folder '{Quoted(name)}' cannot be a folder name: use letters, digits, hyphens and dots, such as {example}.";
        return null;
    }

    /// <summary>
    /// Why a file name cannot be kept, in an uploader's words; null when it can. A name may go on into sub-folders
    /// ("final/return.xlsx"), but no part of it may be empty, '.' or '..'.
    /// </summary>
    public static string? FileNameProblem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Split('/').Any(part => part.Trim() is "" or "." or ".."))
            return $"The file name '{Quoted(name)}' has an empty, '.' or '..' part. Upload the file straight into your council's folder.";
        if (name.Any(c => char.IsControl(c) || c == '\\') || !XmlCharacters.CanCarry(name))
            return $"The file name '{Quoted(name)}' holds characters we cannot keep (control characters, '\\', U+FFFE or U+FFFF). " +
                   "Rename the file using letters, digits, spaces, hyphens and dots, and upload it again.";
        return null;
    }

    /// <summary>A name as a message may quote it: characters that cannot be carried replaced, and at most 80 characters.</summary>
    public static string Quoted(string name) => XmlCharacters.CleanAndShorten(name, 80);
}
