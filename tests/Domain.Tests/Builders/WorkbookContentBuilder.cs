using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Tests.Builders;

/// <summary>
/// Builds the <see cref="WorkbookContent"/> the workbook reader would produce: tables with headers on row
/// <see cref="HeaderRow"/> and columns A, B, C... in template order; programme answers and sign-off in column C of
/// their sheets; Spend totals on row 2 above their columns. <see cref="From"/> writes a whole return.
/// </summary>
public sealed class WorkbookContentBuilder
{
    /// <summary>The header row of every table; data starts on the row below.</summary>
    public const int HeaderRow = 4;

    private const int TotalsRow = 2;
    private readonly Dictionary<string, string> _metadata = new();
    private readonly Dictionary<string, List<Dictionary<string, CellValue>>> _rows = TemplateSchema.Tables.ToDictionary(t => t.Name, _ => new List<Dictionary<string, CellValue>>());
    private readonly Dictionary<string, CellValue> _fields = new();
    private readonly HashSet<string> _removedTables = [];
    private readonly HashSet<(string Table, string Column)> _removedColumns = [];

    /// <summary>Metadata for the council and round, every table empty, every single cell blank.</summary>
    public static WorkbookContentBuilder Empty(string llaCode = ReturnBuilder.DefaultCouncil, string round = ReturnBuilder.DefaultRound)
    {
        var builder = new WorkbookContentBuilder();
        builder._metadata[TemplateSchema.MetadataKeys.TemplateVersion] = TemplateSchema.Version;
        builder._metadata[TemplateSchema.MetadataKeys.Fund] = TemplateSchema.Fund;
        builder._metadata[TemplateSchema.MetadataKeys.Round] = round;
        builder._metadata[TemplateSchema.MetadataKeys.LlaCode] = llaCode;
        foreach (var field in TemplateSchema.Fields) builder._fields[field.Key] = CellValue.Blank;
        return builder;
    }

    /// <summary>The workbook of <see cref="ReturnBuilder.Valid"/>.</summary>
    public static WorkbookContentBuilder Valid() => From(ReturnBuilder.Valid().Build());

    /// <summary>The workbook a council would upload for this return, with values typed as the template expects.</summary>
    public static WorkbookContentBuilder From(CouncilReturn ret)
    {
        var builder = Empty(ret.Metadata.LlaCode, ret.Metadata.Round).WithMetadata(TemplateSchema.MetadataKeys.TemplateVersion, ret.Metadata.TemplateVersion);
        foreach (var p in ret.Projects)
            builder.WithRow(TemplateSchema.Projects.Name, ("ProjectRef", CellValue.Text(p.Ref)), ("ProjectName", CellValue.Text(p.Name)),
                ("Intervention", CellValue.Text(p.InterventionCode)), ("Status", CellValue.Text(TemplateSchema.StatusLabels[(int)p.Status])),
                ("ClosedReason", CellValue.TextOrBlank(p.ClosedReason)), ("StartDate", DateOrBlank(p.StartDate)), ("EndDate", DateOrBlank(p.EndDate)),
                ("DeliveryOrganisation", CellValue.TextOrBlank(p.DeliveryOrganisation)), ("Area", CellValue.TextOrBlank(p.Area)),
                ("OrganisationNumber", CellValue.TextOrBlank(p.OrganisationNumber)));
        foreach (var l in ret.Spend)
            builder.WithRow(TemplateSchema.Spend.Name, ("ProjectRef", CellValue.Text(l.ProjectRef)), ("Quarter", CellValue.Text(l.Quarter.ToString())),
                ("CapitalActual", CellValue.AmountOrBlank(l.CapitalActual)), ("RevenueActual", CellValue.AmountOrBlank(l.RevenueActual)),
                ("CapitalForecast", CellValue.AmountOrBlank(l.CapitalForecast)), ("RevenueForecast", CellValue.AmountOrBlank(l.RevenueForecast)),
                ("Comment", CellValue.TextOrBlank(l.Comment)), ("CorrectionReason", CellValue.TextOrBlank(l.CorrectionReason)));
        foreach (var (table, lines) in new[] { (TemplateSchema.Outputs.Name, ret.Outputs), (TemplateSchema.Outcomes.Name, ret.Outcomes) })
            foreach (var l in lines)
                builder.WithRow(table, ("ProjectRef", CellValue.Text(l.ProjectRef)), ("Indicator", CellValue.Text(IndicatorChoice(l.IndicatorCode))),
                    ("Unit", CellValue.Text(l.Unit)), ("CumulativeActual", CellValue.Number(l.CumulativeActual)),
                    ("Forecast", CellValue.NumberOrBlank(l.Forecast)), ("Target", CellValue.NumberOrBlank(l.Target)),
                    ("Comment", CellValue.TextOrBlank(l.Comment)), ("CorrectionReason", CellValue.TextOrBlank(l.CorrectionReason)));

        var a = ret.Programme;
        return builder
            .WithField("ProgressRag", CellValue.TextOrBlank(a.ProgressRag?.ToString())).WithField("TrendRag", CellValue.TextOrBlank(a.TrendRag?.ToString()))
            .WithField("Narrative", CellValue.TextOrBlank(a.Narrative)).WithField("ForwardLook", CellValue.TextOrBlank(a.ForwardLook))
            .WithField("ForecastUnderspendCapital", CellValue.NumberOrBlank(a.ForecastUnderspendCapital))
            .WithField("ForecastUnderspendRevenue", CellValue.NumberOrBlank(a.ForecastUnderspendRevenue))
            .WithField("ReprofileAmount", CellValue.NumberOrBlank(a.ReprofileAmount))
            .WithField("SignOffName", CellValue.TextOrBlank(ret.SignOff.Name)).WithField("SignOffRole", CellValue.TextOrBlank(ret.SignOff.Role))
            .WithField("SignOffDate", DateOrBlank(ret.SignOff.Date))
            .WithField("TotalCapitalActual", CellValue.NumberOrBlank(ret.Totals?.CapitalActual))
            .WithField("TotalRevenueActual", CellValue.NumberOrBlank(ret.Totals?.RevenueActual))
            .WithField("TotalCapitalForecast", CellValue.NumberOrBlank(ret.Totals?.CapitalForecast))
            .WithField("TotalRevenueForecast", CellValue.NumberOrBlank(ret.Totals?.RevenueForecast));
    }

    /// <summary>The address of a table cell: <paramref name="dataRow"/> counts from 1 for the first row under the header.</summary>
    public static string AddressOf(TemplateTable table, int dataRow, string columnKey) => $"{LetterOf(table, columnKey)}{HeaderRow + dataRow}";

    /// <summary>The address of a single cell: an input cell, or the council's name (B3) and code (B4) on the Start sheet.</summary>
    public static string AddressOf(string fieldKey)
    {
        var field = TemplateSchema.Field(fieldKey);
        if (field.Sheet == TemplateSchema.Sheets.Start) return $"B{3 + TemplateSchema.StartFields.ToList().IndexOf(field)}";
        if (fieldKey.StartsWith("Total", StringComparison.Ordinal)) return $"{LetterOf(TemplateSchema.Spend, fieldKey["Total".Length..])}{TotalsRow}";
        var onSheet = TemplateSchema.Fields.Where(f => f.Sheet == field.Sheet).ToList();
        return $"C{3 + onSheet.IndexOf(field)}";
    }

    /// <summary>Sets a metadata value; null removes the key.</summary>
    public WorkbookContentBuilder WithMetadata(string key, string? value)
    {
        if (value is null) _metadata.Remove(key);
        else _metadata[key] = value;
        return this;
    }

    /// <summary>Removes the whole metadata sheet.</summary>
    public WorkbookContentBuilder WithoutMetadata()
    {
        _metadata.Clear();
        return this;
    }

    /// <summary>Drops a table's defined name, as if the council had deleted it.</summary>
    public WorkbookContentBuilder WithoutTable(string tableName)
    {
        _removedTables.Add(tableName);
        return this;
    }

    /// <summary>Drops a column's header, as if the council had renamed it.</summary>
    public WorkbookContentBuilder WithoutColumn(string tableName, string columnKey)
    {
        _removedColumns.Add((tableName, columnKey));
        return this;
    }

    /// <summary>Appends a data row; columns not given are absent from the row.</summary>
    public WorkbookContentBuilder WithRow(string tableName, params (string Key, CellValue Value)[] cells)
    {
        _rows[tableName].Add(cells.ToDictionary(c => c.Key, c => c.Value));
        return this;
    }

    /// <summary>Sets one cell of an existing data row (counting from 1).</summary>
    public WorkbookContentBuilder WithCell(string tableName, int dataRow, string columnKey, CellValue value)
    {
        _rows[tableName][dataRow - 1][columnKey] = value;
        return this;
    }

    /// <summary>Sets a single input cell.</summary>
    public WorkbookContentBuilder WithField(string key, CellValue value)
    {
        _fields[key] = value;
        return this;
    }

    /// <summary>
    /// The council's name and code as the Start sheet shows them, read as a template that names those cells would
    /// give them (null leaves a cell out).
    /// </summary>
    public WorkbookContentBuilder WithStartSheet(string? councilName, string? councilCode)
    {
        if (councilName is not null) _fields["CouncilName"] = CellValue.TextOrBlank(councilName);
        if (councilCode is not null) _fields["CouncilCode"] = CellValue.TextOrBlank(councilCode);
        return this;
    }

    /// <summary>Drops a single input cell's defined name.</summary>
    public WorkbookContentBuilder WithoutField(string key)
    {
        _fields.Remove(key);
        return this;
    }

    /// <summary>Builds the content.</summary>
    public WorkbookContent Build()
    {
        var tables = TemplateSchema.Tables.Where(t => !_removedTables.Contains(t.Name)).ToDictionary(t => t.Name, BuildTable);
        var fields = _fields.ToDictionary(f => f.Key, f =>
        {
            var sheet = TemplateSchema.Field(f.Key).Sheet;
            return new RawCell(sheet, AddressOf(f.Key), f.Value.Kind, f.Value.Stored);
        });
        var sheets = new[] { TemplateSchema.Sheets.Start }.Concat(TemplateSchema.Tables.Select(t => t.Sheet))
            .Concat([TemplateSchema.Sheets.Programme, TemplateSchema.Sheets.SignOff, TemplateSchema.Sheets.Lists, TemplateSchema.Sheets.Metadata]).ToList();
        return new WorkbookContent(new Dictionary<string, string>(_metadata), tables, fields, sheets);
    }

    private RawTable BuildTable(TemplateTable table)
    {
        var present = table.Columns.Where(c => !_removedColumns.Contains((table.Name, c.Key))).ToList();
        var letters = present.ToDictionary(c => c.Key, c => LetterOf(table, c.Key));
        var rows = _rows[table.Name].Select((cells, i) => new RawRow(HeaderRow + 1 + i,
            cells.Where(c => letters.ContainsKey(c.Key))
                .ToDictionary(c => c.Key, c => new RawCell(table.Sheet, $"{letters[c.Key]}{HeaderRow + 1 + i}", c.Value.Kind, c.Value.Stored)))).ToList();
        var missing = table.Columns.Select(c => c.Key).Where(k => !letters.ContainsKey(k)).ToList();
        return new RawTable(table.Name, table.Sheet, HeaderRow, letters, missing, rows);
    }

    private static string LetterOf(TemplateTable table, string columnKey)
    {
        var index = table.Columns.ToList().FindIndex(c => c.Key == columnKey);
        return ((char)('A' + index)).ToString();
    }

    private static CellValue DateOrBlank(DateOnly? date) => date is null ? CellValue.Blank : CellValue.Date(date.Value);

    /// <summary>"CP-O13 - Amount of public realm created or improved", as the drop-down shows it.</summary>
    private static string IndicatorChoice(string code) =>
        Catalogue.Catalogue.Default.Indicators.FirstOrDefault(i => i.Code == code) is { } found ? $"{found.Code} - {found.Title}" : code;
}
