namespace Ukspf.Domain.Rounds;

/// <summary>The span of financial years in which an allocation must be spent (2022-25, then 2025-26).</summary>
/// <param name="First">The first financial year.</param>
/// <param name="Last">The last financial year; money not spent by its end is lost.</param>
public sealed record FundingPeriod(FinancialYear First, FinancialYear Last)
{
    /// <summary>The 2022-23 to 2024-25 programme.</summary>
    public static FundingPeriod Programme2022To2025 { get; } = new(new FinancialYear(2022), new FinancialYear(2024));

    /// <summary>The 2025-26 transition year.</summary>
    public static FundingPeriod Transition2025To2026 { get; } = new(new FinancialYear(2025), new FinancialYear(2025));

    /// <summary>1 April of the first year.</summary>
    public DateOnly Start => First.Start;

    /// <summary>31 March of the last year.</summary>
    public DateOnly End => Last.End;

    /// <summary>Months in the whole period.</summary>
    public int Months => (Last.StartYear - First.StartYear + 1) * 12;

    /// <summary>The funding period that contains a financial year: 2022-25 or the single year after.</summary>
    public static FundingPeriod For(FinancialYear year) =>
        year.StartYear is >= 2022 and <= 2024 ? Programme2022To2025 : new FundingPeriod(year, year);

    /// <summary>Whole months elapsed from the start of the period to the end of <paramref name="asOf"/>'s month, within 0..Months.</summary>
    public int MonthsElapsed(DateOnly asOf)
    {
        var months = (asOf.Year - Start.Year) * 12 + asOf.Month - Start.Month + 1;
        return Math.Clamp(months, 0, Months);
    }

    /// <summary>"2022-25" or "2025-26".</summary>
    public override string ToString() => First == Last ? First.ToString() : $"{First.StartYear}-{(Last.StartYear + 1) % 100:00}";
}
