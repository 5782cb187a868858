using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Template;

/// <summary>
/// One worksheet being composed: cells in any order, column widths, a frozen header, data validations and
/// protection, written out in the element order SpreadsheetML requires.
/// </summary>
internal sealed class SheetDraft(string name, SharedStringWriter strings)
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = [];
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
        Put(column, row, new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(strings.Add(text)), StyleIndex = style });

    /// <summary>A number cell, given as invariant text.</summary>
    public void Number(int column, int row, string invariant, uint style) =>
        Put(column, row, new Cell { CellValue = new CellValue(invariant), StyleIndex = style });

    /// <summary>A pounds cell.</summary>
    public void Money(int column, int row, decimal pounds, uint style = TemplateStyles.Money) =>
        Number(column, row, pounds.ToString("0.############################", CultureInfo.InvariantCulture), style);

    /// <summary>A date cell, stored as Excel's serial day number.</summary>
    public void Date(int column, int row, DateOnly date, uint style = TemplateStyles.Date) =>
        Number(column, row, ExcelDates.Serial(date).ToString(CultureInfo.InvariantCulture), style);

    /// <summary>A formula cell with a cached result.</summary>
    public void Formula(int column, int row, string formula, string cached, uint style) =>
        Put(column, row, new Cell { CellFormula = new CellFormula(formula), CellValue = new CellValue(cached), StyleIndex = style });

    /// <summary>An empty styled cell (an input cell awaiting a value).</summary>
    public void Blank(int column, int row, uint style) => Put(column, row, new Cell { StyleIndex = style });

    /// <summary>Sets a column width in characters.</summary>
    public void Width(int column, double width) => _widths[column] = width;

    /// <summary>Sets a row height in points.</summary>
    public void Height(int row, double points)
    {
        if (!_rows.ContainsKey(row)) _rows[row] = [];
        _heights[row] = points;
    }

    /// <summary>Keeps the top <paramref name="rows"/> rows in view while scrolling.</summary>
    public void FreezeRows(int rows) => _frozenRows = rows;

    /// <summary>Adds a data validation.</summary>
    public void Validate(DataValidation validation) => _validations.Add(validation);

    /// <summary>Writes the sheet into a new worksheet part with relationship id <paramref name="relationshipId"/>.</summary>
    public WorksheetPart WriteTo(WorkbookPart workbook, string relationshipId)
    {
        var part = workbook.AddNewPart<WorksheetPart>(relationshipId);
        var sheet = new Worksheet();
        sheet.AppendChild(Views());
        sheet.AppendChild(new SheetFormatProperties { DefaultRowHeight = 15 });
        if (_widths.Count > 0)
            sheet.AppendChild(new Columns(_widths.Select(w => new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true })));
        sheet.AppendChild(Data());
        if (Protected)
        {
            // No password: protection keeps the layout intact, it is not a security boundary.
            sheet.AppendChild(new SheetProtection
            {
                Sheet = true, Objects = true, Scenarios = true,
                FormatCells = false, FormatColumns = false, FormatRows = false,
                InsertRows = false, DeleteRows = false, Sort = false, AutoFilter = false,
            });
        }
        if (_validations.Count > 0)
            sheet.AppendChild(new DataValidations(_validations) { Count = (uint)_validations.Count });
        sheet.AppendChild(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        PartWriter.Save(part, sheet);
        return part;
    }

    private void Put(int column, int row, Cell cell)
    {
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = [];
        cell.CellReference = CellAddress.Of(column, row);
        cells[column] = cell;
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

    private SheetData Data()
    {
        var data = new SheetData();
        foreach (var (number, cells) in _rows)
        {
            var row = new Row { RowIndex = (uint)number };
            if (_heights.TryGetValue(number, out var height))
            {
                row.Height = height;
                row.CustomHeight = true;
            }
            row.Append(cells.Values);
            data.AppendChild(row);
        }
        return data;
    }
}
