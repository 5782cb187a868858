using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>
/// The drop-down lists of the template as the parser checks them. Statuses, RAG, quarters and units are fixed here;
/// interventions and indicators depend on the council's nation and year, so only their code is taken ("E1 - Title"
/// gives "E1") and the catalogue rule (R03) decides whether it exists.
/// </summary>
internal static class ChoiceLists
{
    private static readonly IReadOnlyList<string> UnitLabels =
        Enum.GetValues<IndicatorUnit>().Select(Catalogue.Catalogue.LabelOf).ToList();

    /// <summary>
    /// Tries to read <paramref name="text"/> as a value of the list; gives the canonical spelling and, for the quarters
    /// list, the quarter itself (default otherwise).
    /// </summary>
    public static bool TryRead(string listName, string text, out string value, out RoundId quarter)
    {
        var t = IsTidy(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        value = t;
        quarter = default;
        switch (listName)
        {
            case TemplateSchema.Lists.Interventions:
            case TemplateSchema.Lists.OutputIndicators:
            case TemplateSchema.Lists.OutcomeIndicators:
                value = CodeOf(t);
                return value.Length > 0;
            case TemplateSchema.Lists.Quarters:
                if (!RoundId.TryParse(t, out quarter) || quarter.Kind != PeriodKind.Quarter)
                {
                    quarter = default;
                    return false;
                }
                value = quarter.ToString();
                return true;
            case TemplateSchema.Lists.Units:
                return TryMatch(UnitLabels, t.Replace('²', '2'), out value);
            default:
                return TryMatch(Values(listName), t, out value);
        }
    }

    /// <summary>What to tell the council the list holds, e.g. "Planned, Live, Finished or Closed early".</summary>
    public static string Describe(string listName) => listName switch
    {
        TemplateSchema.Lists.Quarters => "a quarter such as 2025-26-Q1",
        _ => JoinOr(Values(listName)),
    };

    private static IReadOnlyList<string> Values(string listName) => listName switch
    {
        TemplateSchema.Lists.Statuses => TemplateSchema.StatusLabels,
        TemplateSchema.Lists.Rag => TemplateSchema.RagLabels,
        TemplateSchema.Lists.Units => UnitLabels,
        _ => [],
    };

    // Most cells hold a value picked from the drop-down: no white space to fold, so no new string is needed.
    private static bool IsTidy(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return text.Length == 0;
        for (var i = 1; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || text[i - 1] == ' ')) return false;
        return true;
    }

    private static string CodeOf(string text)
    {
        foreach (var separator in new[] { " - ", " – ", " — " })
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 0) return text[..at].Trim().ToUpperInvariant();
        }
        return text.Trim().ToUpperInvariant();
    }

    private static bool TryMatch(IReadOnlyList<string> values, string text, out string value)
    {
        value = values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase)) ?? text;
        return values.Contains(value);
    }

    private static string JoinOr(IReadOnlyList<string> values) =>
        values.Count <= 1 ? string.Join("", values) : $"{string.Join(", ", values.Take(values.Count - 1))} or {values[^1]}";
}
