using System.Globalization;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Storage.Tables;

namespace Ukspf.Application.Submissions;

/// <summary>
/// The normalised lines of accepted returns in the ReturnLines table: partition = submission id, one row per
/// project, spend line, output and outcome, plus a header row and the return's <see cref="CumulativeTotals"/> in
/// totals rows (<c>T|00000</c>, and <c>T|00001</c> on for a return whose totals need more than one row). Row keys
/// are positional, so storing the same return twice writes the same rows.
/// </summary>
public sealed class ReturnLinesRepository(ITableStore tables)
{
    private const string Header = "H|00000";
    private const string TotalsKind = "T";
    private const string TotalsProperty = "Totals";
    private const string TotalsRowsProperty = "Rows";

    /// <summary>
    /// Stores a return's lines and totals in transactions of at most 100. Each transaction's entities are built as it
    /// is sent, so a return of tens of thousands of lines never holds more than one transaction's entities at once.
    /// </summary>
    public async Task SaveAsync(string submissionId, CouncilReturn ret, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in Entities(submissionId, ret).Chunk(100))
        {
            var actions = chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)).ToList();
            await tables.SubmitTransactionAsync(StorageNames.ReturnLinesTable, actions, cancellationToken);
        }
    }

    private static IEnumerable<TableEntity> Entities(string submissionId, CouncilReturn ret) =>
        TotalsEntities(submissionId, CumulativeTotals.Of(ret))
            .Prepend(HeaderEntity(submissionId, ret))
            .Concat(ret.Projects.Select((p, i) => ProjectEntity(submissionId, i, p)))
            .Concat(ret.Spend.Select((s, i) => SpendEntity(submissionId, i, s)))
            .Concat(ret.Outputs.Select((o, i) => IndicatorEntity(submissionId, "O", i, o)))
            .Concat(ret.Outcomes.Select((o, i) => IndicatorEntity(submissionId, "C", i, o)));

    /// <summary>Rebuilds a stored return, or null when no lines are stored for the submission.</summary>
    public async Task<CouncilReturn?> LoadAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        HeaderRow? header = null;
        var projects = new List<ReturnProject>();
        var spend = new List<SpendLine>();
        var outputs = new List<IndicatorLine>();
        var outcomes = new List<IndicatorLine>();
        // Each row is read into its line as the store reads it, with no entity built for it.
        await foreach (var (kind, line) in tables.ReadPartitionAsync(StorageNames.ReturnLinesTable, submissionId, ToLine, cancellationToken))
        {
            switch (kind)
            {
                case 'H': header = (HeaderRow)line!; break;
                case 'P': projects.Add((ReturnProject)line!); break;
                case 'S': spend.Add((SpendLine)line!); break;
                case 'O': outputs.Add((IndicatorLine)line!); break;
                case 'C': outcomes.Add((IndicatorLine)line!); break;
            }
        }
        if (header is null) return null;
        return new CouncilReturn(header.Metadata, projects, spend, outputs, outcomes, header.Totals, header.Programme, header.SignOff);
    }

    /// <summary>
    /// What a later round's reconciliation needs of a stored return: its totals rows, one point read for a return of
    /// any usual size. For a return stored before totals were kept (or whose totals rows are not all there), the
    /// totals of its lines, read whole. Null when nothing is stored for the submission.
    /// </summary>
    public async Task<CumulativeTotals?> LoadTotalsAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        if (await LoadTotalsRowsAsync(submissionId, cancellationToken) is { } pieces) return StoredTotals.Read(pieces);
        return await LoadAsync(submissionId, cancellationToken) is { } ret ? CumulativeTotals.Of(ret) : null;
    }

    private async Task<List<string>?> LoadTotalsRowsAsync(string submissionId, CancellationToken cancellationToken)
    {
        var first = await tables.GetAsync(StorageNames.ReturnLinesTable, submissionId, TotalsKey(0), cancellationToken);
        if (first?.GetString(TotalsProperty) is not { } piece) return null;
        var pieces = new List<string> { piece };
        for (var i = 1; i < (first.GetInt32(TotalsRowsProperty) ?? 1); i++)
        {
            var row = await tables.GetAsync(StorageNames.ReturnLinesTable, submissionId, TotalsKey(i), cancellationToken);
            if (row?.GetString(TotalsProperty) is not { } next) return null;
            pieces.Add(next);
        }
        return pieces;
    }

    private static string Key(string kind, int index) => $"{kind}|{index + 1:00000}";

    private static string TotalsKey(int index) => $"{TotalsKind}|{index:00000}";

    private static IEnumerable<TableEntity> TotalsEntities(string id, CumulativeTotals totals)
    {
        var pieces = StoredTotals.Write(totals);
        for (var i = 0; i < pieces.Count; i++)
        {
            var entity = new TableEntity(id, TotalsKey(i)) { [TotalsProperty] = pieces[i] };
            if (i == 0) entity[TotalsRowsProperty] = pieces.Count;
            yield return entity;
        }
    }

    private static TableEntity HeaderEntity(string id, CouncilReturn r) => new(id, Header)
    {
        ["TemplateVersion"] = r.Metadata.TemplateVersion,
        ["Round"] = r.Metadata.Round,
        ["LlaCode"] = r.Metadata.LlaCode,
        ["ProgressRag"] = r.Programme.ProgressRag?.ToString(),
        ["TrendRag"] = r.Programme.TrendRag?.ToString(),
        ["Narrative"] = r.Programme.Narrative,
        ["ForwardLook"] = r.Programme.ForwardLook,
        ["ForecastUnderspendCapital"] = r.Programme.ForecastUnderspendCapital,
        ["ForecastUnderspendRevenue"] = r.Programme.ForecastUnderspendRevenue,
        ["ReprofileAmount"] = r.Programme.ReprofileAmount,
        ["SignOffName"] = r.SignOff.Name,
        ["SignOffRole"] = r.SignOff.Role,
        ["SignOffDate"] = FormatDate(r.SignOff.Date),
        ["TotalCapitalActual"] = r.Totals?.CapitalActual,
        ["TotalRevenueActual"] = r.Totals?.RevenueActual,
        ["TotalCapitalForecast"] = r.Totals?.CapitalForecast,
        ["TotalRevenueForecast"] = r.Totals?.RevenueForecast,
    };

    private static TableEntity ProjectEntity(string id, int i, ReturnProject p) => new(id, Key("P", i))
    {
        ["Ref"] = p.Ref,
        ["Name"] = p.Name,
        ["Intervention"] = p.InterventionCode,
        ["Status"] = p.Status.ToString(),
        ["ClosedReason"] = p.ClosedReason,
        ["StartDate"] = FormatDate(p.StartDate),
        ["EndDate"] = FormatDate(p.EndDate),
        ["DeliveryOrganisation"] = p.DeliveryOrganisation,
        ["Area"] = p.Area,
        ["OrganisationNumber"] = p.OrganisationNumber,
    };

    private static TableEntity SpendEntity(string id, int i, SpendLine s) => new(id, Key("S", i))
    {
        ["ProjectRef"] = s.ProjectRef,
        ["Quarter"] = s.Quarter.ToString(),
        ["CapitalActual"] = s.CapitalActual,
        ["RevenueActual"] = s.RevenueActual,
        ["CapitalForecast"] = s.CapitalForecast,
        ["RevenueForecast"] = s.RevenueForecast,
        ["Comment"] = s.Comment,
        ["CorrectionReason"] = s.CorrectionReason,
    };

    private static TableEntity IndicatorEntity(string id, string kind, int i, IndicatorLine l) => new(id, Key(kind, i))
    {
        ["ProjectRef"] = l.ProjectRef,
        ["Indicator"] = l.IndicatorCode,
        ["Unit"] = l.Unit,
        ["CumulativeActual"] = l.CumulativeActual,
        ["Forecast"] = l.Forecast,
        ["Target"] = l.Target,
        ["Comment"] = l.Comment,
        ["CorrectionReason"] = l.CorrectionReason,
    };

    /// <summary>A row as what its key's kind says it is; the totals rows (<c>T</c>), which LoadTotalsAsync reads, as nothing.</summary>
    private static (char Kind, object? Line) ToLine(IEntityValues e) => e.RowKey[0] switch
    {
        'H' => ('H', ToHeader(e)),
        'P' => ('P', ToProject(e)),
        'S' => ('S', ToSpend(e)),
        'O' => ('O', ToIndicator(e)),
        'C' => ('C', ToIndicator(e)),
        _ => (e.RowKey[0], null),
    };

    /// <summary>What the header row holds: everything of the return but its lines.</summary>
    private sealed record HeaderRow(ReturnMetadata Metadata, DeclaredTotals Totals, ProgrammeAnswers Programme, SignOff SignOff);

    private static HeaderRow ToHeader(IEntityValues e) => new(
        new ReturnMetadata(e.GetString("TemplateVersion") ?? "", e.GetString("Round") ?? "", e.GetString("LlaCode") ?? ""),
        new DeclaredTotals(e.GetDecimal("TotalCapitalActual"), e.GetDecimal("TotalRevenueActual"), e.GetDecimal("TotalCapitalForecast"), e.GetDecimal("TotalRevenueForecast")),
        new ProgrammeAnswers(
            ParseRag(e.GetString("ProgressRag")), ParseRag(e.GetString("TrendRag")),
            e.GetString("Narrative"), e.GetString("ForwardLook"),
            e.GetDecimal("ForecastUnderspendCapital"), e.GetDecimal("ForecastUnderspendRevenue"), e.GetDecimal("ReprofileAmount")),
        new SignOff(e.GetString("SignOffName"), e.GetString("SignOffRole"), ParseDate(e.GetString("SignOffDate"))));

    private static ReturnProject ToProject(IEntityValues e) => new(
        e.GetString("Ref")!, e.GetString("Name") ?? "", e.GetString("Intervention") ?? "",
        Enum.Parse<ProjectStatus>(e.GetString("Status")!), e.GetString("ClosedReason"),
        ParseDate(e.GetString("StartDate")), ParseDate(e.GetString("EndDate")),
        e.GetString("DeliveryOrganisation"), e.GetString("Area"), OrganisationNumber: e.GetString("OrganisationNumber"));

    private static SpendLine ToSpend(IEntityValues e) => new(
        e.GetString("ProjectRef")!, RoundId.Parse(e.GetString("Quarter")!),
        e.GetDecimal("CapitalActual") ?? 0m, e.GetDecimal("RevenueActual") ?? 0m,
        e.GetDecimal("CapitalForecast") ?? 0m, e.GetDecimal("RevenueForecast") ?? 0m,
        e.GetString("Comment"), e.GetString("CorrectionReason"));

    private static IndicatorLine ToIndicator(IEntityValues e) => new(
        e.GetString("ProjectRef")!, e.GetString("Indicator")!, e.GetString("Unit") ?? "",
        e.GetDecimal("CumulativeActual") ?? 0m, e.GetDecimal("Forecast"), e.GetDecimal("Target"),
        e.GetString("Comment"), e.GetString("CorrectionReason"));

    private static string? FormatDate(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Rag? ParseRag(string? s) => s is null ? null : Enum.Parse<Rag>(s);
}
