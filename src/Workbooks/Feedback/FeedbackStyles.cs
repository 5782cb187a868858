using Ukspf.Domain.Validation;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// The cell formats the feedback sheet and the shaded cells use, numbered after the workbook's own formats before any
/// part is written: the sheets are written first and refer to them, the stylesheet is written last and adds them.
/// </summary>
internal sealed class FeedbackStyles
{
    private readonly Dictionary<(uint Original, Severity Severity), uint> _highlights = [];
    private readonly List<(uint Original, Severity Severity)> _clones = [];

    /// <param name="existingFormats">How many cell formats the workbook's stylesheet has (at least the one every stylesheet needs).</param>
    public FeedbackStyles(int existingFormats)
    {
        Existing = (uint)Math.Max(1, existingFormats);
        var next = Existing;
        Title = next++;
        Label = next++;
        Header = next++;
        Received = next++;
        Wrap = next++;
        Error = next++;
        Warning = next++;
        Accepted = next++;
        Rejected = next++;
        Link = next;
    }

    /// <summary>The number of the workbook's own formats, which are kept as they are.</summary>
    public uint Existing { get; }

    /// <summary>The sheet's title.</summary>
    public uint Title { get; }

    /// <summary>Bold labels and headings.</summary>
    public uint Label { get; }

    /// <summary>Table header cells.</summary>
    public uint Header { get; }

    /// <summary>The received date and time.</summary>
    public uint Received { get; }

    /// <summary>Long text that wraps.</summary>
    public uint Wrap { get; }

    /// <summary>"Error" shaded red.</summary>
    public uint Error { get; }

    /// <summary>"Warning" shaded amber.</summary>
    public uint Warning { get; }

    /// <summary>An accepted result.</summary>
    public uint Accepted { get; }

    /// <summary>A rejected result.</summary>
    public uint Rejected { get; }

    /// <summary>A link to a cell.</summary>
    public uint Link { get; }

    /// <summary>The formats the feedback adds, in order: the ten above, then one per shaded format.</summary>
    public IReadOnlyList<(uint Original, Severity Severity)> Clones => _clones;

    /// <summary>The style for a severity label.</summary>
    public uint For(Severity severity) => severity == Severity.Error ? Error : Warning;

    /// <summary>The cell's own format with a red or amber fill: one new format per original format and severity.</summary>
    public uint Highlight(uint original, Severity severity)
    {
        // A cell naming a format the stylesheet lacks is shown with the first, as Excel does.
        if (original >= Existing) original = 0;
        if (_highlights.TryGetValue((original, severity), out var index)) return index;
        index = Link + 1 + (uint)_clones.Count;
        _clones.Add((original, severity));
        _highlights.Add((original, severity), index);
        return index;
    }
}
