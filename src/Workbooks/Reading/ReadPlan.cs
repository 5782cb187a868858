using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Workbooks.Reading;

/// <summary>Which sheets to read and what to take from each, worked out from the workbook's defined names.</summary>
internal sealed class ReadPlan
{
    private readonly Dictionary<string, SheetTargets> _bySheet = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<SheetEntry> _sheets;

    private ReadPlan(IReadOnlyList<SheetEntry> sheets) => _sheets = sheets;

    /// <summary>True when the workbook defines at least one of the template's table or field names.</summary>
    public bool HasTemplateNames { get; private set; }

    /// <summary>Plans the read of every template table and field whose defined name points at a worksheet.</summary>
    public static ReadPlan For(WorkbookIndex index)
    {
        var plan = new ReadPlan(index.Sheets);
        foreach (var table in TemplateSchema.Tables)
        {
            if (plan.Locate(index, table.Name) is var (targets, range)) targets.AddTable(table, range);
        }
        foreach (var field in TemplateSchema.Fields.Concat(TemplateSchema.StartFields))
        {
            if (plan.Locate(index, field.Key) is var (targets, range)) targets.AddField(field.Key, range.FirstColumn, range.FirstRow);
        }
        return plan;
    }

    /// <summary>Marks a worksheet as the metadata sheet.</summary>
    public void AddMetadata(SheetEntry sheet) => TargetsFor(sheet).IsMetadata = true;

    /// <summary>The worksheets to read with what to take from each, in workbook order.</summary>
    public IEnumerable<(SheetEntry Sheet, SheetTargets Targets)> Sheets() =>
        _sheets.Where(s => s.PartPath is not null && _bySheet.ContainsKey(s.Name)).Select(s => (s, _bySheet[s.Name]));

    /// <summary>The metadata pairs read, or none.</summary>
    public IReadOnlyDictionary<string, string> Metadata() =>
        _bySheet.Values.FirstOrDefault(t => t.IsMetadata)?.Metadata ?? new Dictionary<string, string>();

    /// <summary>What the reader found, once every planned sheet has been read.</summary>
    public WorkbookContent ToContent() => new(
        Metadata(),
        _bySheet.Values.SelectMany(t => t.Tables).ToDictionary(t => t.Name, t => t.Complete(), StringComparer.Ordinal),
        _bySheet.Values.SelectMany(t => t.Fields).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal),
        _sheets.Select(s => s.Name).ToList());

    private (SheetTargets, SheetRange)? Locate(WorkbookIndex index, string name)
    {
        if (!index.Names.TryGetValue(name, out var reference) || !CellAddress.TryParseSheetRange(reference, out var range)) return null;
        var sheet = index.Worksheet(range.Sheet);
        if (sheet is null) return null;
        HasTemplateNames = true;
        return (TargetsFor(sheet), range);
    }

    private SheetTargets TargetsFor(SheetEntry sheet)
    {
        if (!_bySheet.TryGetValue(sheet.Name, out var targets)) _bySheet[sheet.Name] = targets = new SheetTargets(sheet.Name);
        return targets;
    }
}
