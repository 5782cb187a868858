using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Template;

/// <summary>
/// One worksheet being composed: cells in any order, column widths, a frozen header, data validations and
/// protection, written out in the element order SpreadsheetML requires. Cells are written straight to XML, as a
/// template holds thousands of empty input cells and building them as Open XML elements first would be slow.
/// </summary>
internal sealed class SheetDraft(string name, SharedStringWriter strings)
{
    private readonly Dictionary<(int Row, int Column), DraftCell> _cells = [];
    private readonly SortedDictionary<int, double> _widths = [];
    private readonly Dictionary<int, double> _heights = [];
    private readonly List<DataValidation> _validations = [];
    private int _frozenRows;

    /// <summary>The sheet name.</summary>
    public string Name { get; } = name;

    /// <summary>Whether the sheet is protected (locked cells cannot be changed; rows can be inserted).</summary>
    public bool Protected { get; init; } = true;

    /// <summary>A text cell.</summary>
    public void Text(int column, int row, string text, uint style = TemplateStyles.Plain) =>
        _cells[(row, column)] = new DraftCell(style, strings.Add(text).ToString(CultureInfo.InvariantCulture), IsText: true);

    /// <summary>A number cell, given as invariant text.</summary>
    public void Number(int column, int row, string invariant, uint style) => _cells[(row, column)] = new DraftCell(style, invariant);

    /// <summary>A pounds cell.</summary>
    public void Money(int column, int row, decimal pounds, uint style = TemplateStyles.Money) =>
        Number(column, row, pounds.ToString("0.############################", CultureInfo.InvariantCulture), style);

    /// <summary>A date cell, stored as Excel's serial day number.</summary>
    public void Date(int column, int row, DateOnly date, uint style = TemplateStyles.Date) =>
        Number(column, row, ExcelDates.Serial(date).ToString(CultureInfo.InvariantCulture), style);

    /// <summary>A formula cell with a cached result.</summary>
    public void Formula(int column, int row, string formula, string cached, uint style) =>
        _cells[(row, column)] = new DraftCell(style, cached, Formula: formula);

    /// <summary>An empty styled cell (an input cell awaiting a value).</summary>
    public void Blank(int column, int row, uint style) => _cells[(row, column)] = new DraftCell(style, null);

    /// <summary>Sets a column width in characters.</summary>
    public void Width(int column, double width) => _widths[column] = width;

    /// <summary>Sets a row height in points.</summary>
    public void Height(int row, double points) => _heights[row] = points;

    /// <summary>Keeps the top <paramref name="rows"/> rows in view while scrolling.</summary>
    public void FreezeRows(int rows) => _frozenRows = rows;

    /// <summary>Adds a data validation.</summary>
    public void Validate(DataValidation validation) => _validations.Add(validation);

    /// <summary>Writes the sheet into a new worksheet part with relationship id <paramref name="relationshipId"/>.</summary>
    public WorksheetPart WriteTo(WorkbookPart workbook, string relationshipId)
    {
        var part = workbook.AddNewPart<WorksheetPart>(relationshipId);
        PartWriter.Write(part, writer =>
        {
            writer.WriteStartElement("worksheet", PartWriter.SpreadsheetMain);
            Views().WriteTo(writer);
            new SheetFormatProperties { DefaultRowHeight = 15 }.WriteTo(writer);
            if (_widths.Count > 0)
                new Columns(_widths.Select(w => new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true })).WriteTo(writer);
            WriteData(writer);
            // No password: protection keeps the layout intact, it is not a security boundary.
            if (Protected)
            {
                new SheetProtection
                {
                    Sheet = true, Objects = true, Scenarios = true,
                    FormatCells = false, FormatColumns = false, FormatRows = false,
                    InsertRows = false, DeleteRows = false, Sort = false, AutoFilter = false,
                }.WriteTo(writer);
            }
            if (_validations.Count > 0) new DataValidations(_validations) { Count = (uint)_validations.Count }.WriteTo(writer);
            new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 }.WriteTo(writer);
            writer.WriteEndElement();
        });
        return part;
    }

    private SheetViews Views()
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = Name == Domain.Template.TemplateSchema.Sheets.Start };
        if (_frozenRows > 0)
        {
            var topLeft = CellAddress.Of(1, _frozenRows + 1);
            view.AppendChild(new Pane { VerticalSplit = _frozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.AppendChild(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }
        return new SheetViews(view);
    }

    private void WriteData(XmlWriter writer)
    {
        const string ns = PartWriter.SpreadsheetMain;
        writer.WriteStartElement("sheetData", ns);
        var rows = _cells.Keys.Select(k => k.Row).Concat(_heights.Keys).Distinct().Order().ToList();
        var cells = _cells.OrderBy(c => c.Key.Row).ThenBy(c => c.Key.Column).ToList();
        var next = 0;
        foreach (var row in rows)
        {
            writer.WriteStartElement("row", ns);
            writer.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
            if (_heights.TryGetValue(row, out var height))
            {
                writer.WriteAttributeString("ht", height.ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("customHeight", "1");
            }
            for (; next < cells.Count && cells[next].Key.Row == row; next++)
            {
                var ((_, column), cell) = cells[next];
                writer.WriteStartElement("c", ns);
                writer.WriteAttributeString("r", CellAddress.Of(column, row));
                writer.WriteAttributeString("s", cell.Style.ToString(CultureInfo.InvariantCulture));
                if (cell.IsText) writer.WriteAttributeString("t", "s");
                if (cell.Formula is not null) writer.WriteElementString("f", ns, cell.Formula);
                if (cell.Value is not null) writer.WriteElementString("v", ns, cell.Value);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    /// <summary>A cell to write: its style, its value as stored (a shared string index when text), and any formula.</summary>
    private readonly record struct DraftCell(uint Style, string? Value, bool IsText = false, string? Formula = null);
}
