namespace Ukspf.Domain.Returns.Parsing;

/// <summary>How narrative word limits count words: runs of characters between white space.</summary>
internal static class Words
{
    public static int Count(string? text) => text?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
}
