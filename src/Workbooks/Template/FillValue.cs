using ClosedXML.Excel;

namespace Ukspf.Workbooks.Template;

/// <summary>A value to put in a cell: text as typed, a number, a calendar date, or nothing.</summary>
internal readonly record struct FillValue
{
    private readonly object? _value;

    private FillValue(object? value) => _value = value;

    /// <summary>Leaves the cell empty.</summary>
    public static FillValue None => default;

    /// <summary>Whether the cell is left empty.</summary>
    public bool IsNone => _value is null;

    /// <summary>The text, when the value is text.</summary>
    public string? AsText => _value as string;

    /// <summary>Text, kept as typed ("007" stays text); null or empty leaves the cell empty.</summary>
    public static FillValue Text(string? text) => string.IsNullOrEmpty(text) ? None : new(text);

    /// <summary>A number.</summary>
    public static FillValue Number(decimal value) => new(value);

    /// <summary>A number, or nothing.</summary>
    public static FillValue Number(decimal? value) => value is { } v ? Number(v) : None;

    /// <summary>A date, stored as Excel's serial day number, or nothing.</summary>
    public static FillValue Date(DateOnly? date) => date is { } d ? new(d) : None;

    /// <summary>Puts the value in <paramref name="cell"/>, replacing any value or formula it had and keeping its style.</summary>
    public void WriteTo(IXLCell cell)
    {
        switch (_value)
        {
            case string text:
                cell.SetValue(text);
                break;
            case decimal number:
                cell.SetValue(number);
                break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                break;
            default:
                cell.Clear(XLClearOptions.Contents);
                break;
        }
    }
}
