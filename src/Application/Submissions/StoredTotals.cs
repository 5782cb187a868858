using System.Text.Json;
using System.Text.Json.Serialization;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Rounds;

namespace Ukspf.Application.Submissions;

/// <summary>
/// A return's <see cref="CumulativeTotals"/> as the text of its totals rows: compact JSON (short names, amounts as
/// exact decimal numbers, everything outside ASCII escaped, so a row's share can be cut anywhere), cut into pieces
/// a table property holds.
/// </summary>
internal static class StoredTotals
{
    /// <summary>Characters per row: a string property holds 32 Ki characters in Azure and in the embedded store.</summary>
    public const int PieceLength = 30_000;

    public static IReadOnlyList<string> Write(CumulativeTotals totals)
    {
        var json = JsonSerializer.Serialize(new TotalsDocument(
            totals.Round,
            totals.Spend.Select(s => new SpendRow(s.ProjectRef, s.Year.StartYear, s.Actual)).ToArray(),
            totals.Indicators.Select(i => new IndicatorRow(i.ProjectRef, i.IndicatorCode, i.CumulativeActual)).ToArray()),
            TotalsJsonContext.Default.TotalsDocument);
        return json.Chunk(PieceLength).Select(piece => new string(piece)).ToList();
    }

    /// <exception cref="JsonException">The pieces are not totals this class wrote.</exception>
    public static CumulativeTotals Read(IEnumerable<string> pieces)
    {
        var document = JsonSerializer.Deserialize(string.Concat(pieces), TotalsJsonContext.Default.TotalsDocument)
            ?? throw new JsonException("The stored totals are empty.");
        return new CumulativeTotals(
            document.Round,
            document.Spend.Select(s => new SpendTotal(s.Project, new FinancialYear(s.Year), s.Actual)).ToList(),
            document.Indicators.Select(i => new IndicatorTotal(i.Project, i.Indicator, i.Actual)).ToList());
    }
}

internal sealed record TotalsDocument(
    [property: JsonPropertyName("round")] string Round,
    [property: JsonPropertyName("spend")] SpendRow[] Spend,
    [property: JsonPropertyName("indicators")] IndicatorRow[] Indicators);

internal sealed record SpendRow(
    [property: JsonPropertyName("p")] string Project,
    [property: JsonPropertyName("y")] int Year,
    [property: JsonPropertyName("a")] decimal Actual);

internal sealed record IndicatorRow(
    [property: JsonPropertyName("p")] string Project,
    [property: JsonPropertyName("i")] string Indicator,
    [property: JsonPropertyName("a")] decimal Actual);

[JsonSerializable(typeof(TotalsDocument))]
internal sealed partial class TotalsJsonContext : JsonSerializerContext;
