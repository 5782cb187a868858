using System.Globalization;

namespace Ukspf.Domain.Rounds;

/// <summary>A UK government financial year, 1 April to 31 March, written "2024-25".</summary>
/// <param name="StartYear">The calendar year in which the financial year starts.</param>
public readonly record struct FinancialYear(int StartYear) : IComparable<FinancialYear>
{
    /// <summary>1 April of the start year.</summary>
    public DateOnly Start => new(StartYear, 4, 1);

    /// <summary>31 March of the following year.</summary>
    public DateOnly End => new(StartYear + 1, 3, 31);

    /// <summary>The financial year that contains <paramref name="date"/>.</summary>
    public static FinancialYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>Parses "2024-25" (or "2024/25").</summary>
    /// <exception cref="FormatException">The text is not a financial year.</exception>
    public static FinancialYear Parse(string text) =>
        TryParse(text, out var year) ? year : throw new FormatException($"'{text}' is not a financial year such as 2024-25.");

    /// <summary>Tries to parse "2024-25" (or "2024/25").</summary>
    public static bool TryParse(string? text, out FinancialYear year)
    {
        year = default;
        if (text is null) return false;
        var t = text.Trim();
        if (t.Length != 7 || (t[4] != '-' && t[4] != '/')) return false;
        if (!int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)) return false;
        if (!int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)) return false;
        if ((start + 1) % 100 != end) return false;
        year = new FinancialYear(start);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    /// <summary>Earlier than.</summary>
    public static bool operator <(FinancialYear a, FinancialYear b) => a.StartYear < b.StartYear;

    /// <summary>Later than.</summary>
    public static bool operator >(FinancialYear a, FinancialYear b) => a.StartYear > b.StartYear;

    /// <summary>Earlier than or the same.</summary>
    public static bool operator <=(FinancialYear a, FinancialYear b) => a.StartYear <= b.StartYear;

    /// <summary>Later than or the same.</summary>
    public static bool operator >=(FinancialYear a, FinancialYear b) => a.StartYear >= b.StartYear;

    /// <summary>"2024-25".</summary>
    public override string ToString() => $"{StartYear}-{(StartYear + 1) % 100:00}";
}
