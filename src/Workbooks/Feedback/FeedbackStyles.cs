using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Styles;

namespace Ukspf.Workbooks.Feedback;

/// <summary>The cell formats the feedback sheet and the shaded cells use, added once to the workbook's stylesheet.</summary>
internal sealed class FeedbackStyles
{
    private readonly StylesheetEditor _editor;
    private readonly uint _errorFill;
    private readonly uint _warningFill;
    private readonly Dictionary<(uint Original, Severity Severity), uint> _highlights = [];

    private FeedbackStyles(StylesheetEditor editor)
    {
        _editor = editor;
        _errorFill = editor.AddSolidFill(Palette.Red);
        _warningFill = editor.AddSolidFill(Palette.Amber);
        var greenFill = editor.AddSolidFill(Palette.Green);
        var headerFill = editor.AddSolidFill(Palette.Header);
        var bold = editor.AddFont(bold: true);
        Title = editor.AddCellFormat(fontId: editor.AddFont(bold: true, size: 14));
        Label = editor.AddCellFormat(fontId: bold);
        Header = editor.AddCellFormat(fontId: bold, fillId: headerFill, wrap: true);
        Received = editor.AddCellFormat(numberFormatId: editor.NumberFormat(Palette.DateTime));
        Wrap = editor.AddCellFormat(wrap: true);
        Error = editor.AddCellFormat(fillId: _errorFill);
        Warning = editor.AddCellFormat(fillId: _warningFill);
        Accepted = editor.AddCellFormat(fontId: bold, fillId: greenFill);
        Rejected = editor.AddCellFormat(fontId: bold, fillId: _errorFill);
        Link = editor.AddCellFormat(fontId: editor.AddFont(bold: false, argb: Palette.Link, underline: true));
    }

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

    /// <summary>Adds the feedback formats to a stylesheet.</summary>
    public static FeedbackStyles AddTo(StylesheetEditor editor) => new(editor);

    /// <summary>The style for a severity label.</summary>
    public uint For(Severity severity) => severity == Severity.Error ? Error : Warning;

    /// <summary>The cell's own format with a red or amber fill; one new format per original format and severity.</summary>
    public uint Highlight(uint original, Severity severity)
    {
        if (_highlights.TryGetValue((original, severity), out var index)) return index;
        index = _editor.CloneWithFill(original, severity == Severity.Error ? _errorFill : _warningFill);
        _highlights.Add((original, severity), index);
        return index;
    }
}
