using Ukspf.Domain.Template;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>Reads the single input cells: programme answers, sign-off and the Spend sheet's declared totals.</summary>
internal sealed class FieldCells(WorkbookContent content, CellReader read, ParseLog log)
{
    // Enum.GetValues builds a new array each call; the labels are in enum order.
    private static readonly Rag[] Rags = Enum.GetValues<Rag>();

    public (ProgrammeAnswers Programme, SignOff SignOff, DeclaredTotals? Totals) Read()
    {
        ReportMissing();
        var programme = new ProgrammeAnswers(
            Rag("ProgressRag"), Rag("TrendRag"), LimitedText("Narrative"), LimitedText("ForwardLook"),
            read.Money(Input("ForecastUnderspendCapital")), read.Money(Input("ForecastUnderspendRevenue")), read.Money(Input("ReprofileAmount")),
            // Sign-off and totals cells are listed too, so rules can point at any single input cell.
            TemplateSchema.Fields.Where(f => content.Fields.ContainsKey(f.Key)).ToDictionary(f => f.Key, f => Input(f.Key).Location));
        var signOff = new SignOff(read.Text(Input("SignOffName")), read.Text(Input("SignOffRole")), read.Date(Input("SignOffDate")));
        return (programme, signOff, ReadTotals());
    }

    private void ReportMissing()
    {
        var missing = TemplateSchema.Fields.Where(f => !content.Fields.ContainsKey(f.Key)).ToList();
        if (missing.Count == 0) return;
        var message = $"The named cells {string.Join(", ", missing.Select(f => $"'{f.Label}' ({f.Key})"))} cannot be found, so those answers were not read. "
            + "Use the template as issued and do not delete its cells.";
        if (missing.Any(f => f.Required)) log.Error(CellLocation.Workbook, null, message, RuleIds.Template);
        else log.Warning(CellLocation.Workbook, null, message, RuleIds.Template);
    }

    private CellInput Input(string key)
    {
        var field = TemplateSchema.Field(key);
        RawCell? cell = content.Fields.TryGetValue(key, out var found) ? found : null;
        return new CellInput(new CellSpec(field.Key, field.Label, field.Type, field.Required, field.ListName, field.Sheet, AlreadyReported: cell is null, field.MaxLength), cell);
    }

    private Rag? Rag(string key)
    {
        var label = read.Choice(Input(key));
        for (var i = 0; i < TemplateSchema.RagLabels.Count; i++)
            if (TemplateSchema.RagLabels[i] == label) return Rags[i];
        return null;
    }

    private string? LimitedText(string key)
    {
        var input = Input(key);
        var text = read.Text(input);
        var limit = TemplateSchema.Field(key).MaxWords;
        if (text is null || limit is null) return text;
        var words = Words.Count(text);
        if (words > limit)
        {
            log.Error(input.Location, Quoted.Shorten(text), $"{input.Label} has {words} words; please shorten it to {limit} words or fewer.");
        }
        return text;
    }

    private DeclaredTotals? ReadTotals()
    {
        var present = TemplateSchema.SpendTotalKeys.Where(content.Fields.ContainsKey).ToList();
        if (present.Count == 0) return null;
        return new DeclaredTotals(
            Total("TotalCapitalActual"), Total("TotalRevenueActual"), Total("TotalCapitalForecast"), Total("TotalRevenueForecast"),
            present.ToDictionary(ColumnKeyOf, k => Input(k).Location));
    }

    private decimal? Total(string key) => content.Fields.ContainsKey(key) ? read.Money(Input(key)) : null;

    /// <summary>"TotalCapitalActual" is the total of the Spend column "CapitalActual".</summary>
    private static string ColumnKeyOf(string totalKey) => totalKey["Total".Length..];
}
