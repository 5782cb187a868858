using System.Globalization;

namespace Ukspf.Domain.Rounds;

/// <summary>A reporting period, written "2024-25-Q2" or "2024-25-H1"; the key of a reporting round.</summary>
/// <param name="Year">The financial year.</param>
/// <param name="Kind">Quarter or half.</param>
/// <param name="Number">1-4 for quarters, 1-2 for halves.</param>
public readonly record struct RoundId(FinancialYear Year, PeriodKind Kind, int Number) : IComparable<RoundId>
{
    /// <summary>First day of the period.</summary>
    public DateOnly Start => Year.Start.AddMonths((Number - 1) * MonthsLong);

    /// <summary>Last day of the period.</summary>
    public DateOnly End => Start.AddMonths(MonthsLong).AddDays(-1);

    /// <summary>3 for a quarter, 6 for a half.</summary>
    public int MonthsLong => Kind == PeriodKind.Quarter ? 3 : 6;

    /// <summary>True when this is the last period of its financial year.</summary>
    public bool IsLastOfYear => Number == 12 / MonthsLong;

    /// <summary>The quarters this period covers (a quarter covers itself).</summary>
    public IEnumerable<RoundId> Quarters()
    {
        var first = Kind == PeriodKind.Quarter ? Number : (Number - 1) * 2 + 1;
        var count = Kind == PeriodKind.Quarter ? 1 : 2;
        for (var q = first; q < first + count; q++) yield return new RoundId(Year, PeriodKind.Quarter, q);
    }

    /// <summary>The period of the same kind before this one.</summary>
    public RoundId Previous() => Number > 1
        ? this with { Number = Number - 1 }
        : new RoundId(new FinancialYear(Year.StartYear - 1), Kind, 12 / MonthsLong);

    /// <summary>Parses "2024-25-Q2" or "2024-25-H1".</summary>
    /// <exception cref="FormatException">The text is not a round.</exception>
    public static RoundId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a reporting round such as 2024-25-Q2 or 2024-25-H1.");

    /// <summary>Tries to parse "2024-25-Q2" or "2024-25-H1".</summary>
    public static bool TryParse(string? text, out RoundId id)
    {
        id = default;
        var t = text?.Trim();
        if (t is null || t.Length != 10 || t[7] != '-') return false;
        if (!FinancialYear.TryParse(t[..7], out var year)) return false;
        var kind = char.ToUpperInvariant(t[8]) switch { 'Q' => PeriodKind.Quarter, 'H' => PeriodKind.Half, _ => (PeriodKind?)null };
        if (kind is null || !int.TryParse(t.AsSpan(9, 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
        if (n < 1 || n > (kind == PeriodKind.Quarter ? 4 : 2)) return false;
        id = new RoundId(year, kind.Value, n);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(RoundId other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    /// <summary>"2024-25-Q2".</summary>
    public override string ToString() => $"{Year}-{(Kind == PeriodKind.Quarter ? 'Q' : 'H')}{Number}";
}
