using System.Globalization;
using Ukspf.Domain.Councils;
using Ukspf.Domain.ReferenceData;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Allocations;

/// <summary>
/// Reads allocations from the table fund managers provide: LLA (code or name), financial year, fund line, capital or
/// revenue, amount, source and as-of date. Column titles of the published sample are accepted too
/// (lla_name, budget_type CDEL/RDEL, amount_gbp, source_url).
/// </summary>
public static class AllocationImport
{
    /// <summary>The allocations of every usable row, and a problem for every row that is not.</summary>
    /// <param name="table">The file's rows.</param>
    /// <param name="councils">Resolves LLA names and codes.</param>
    /// <param name="defaultAsOf">As-of date for rows that give none (the import date).</param>
    /// <param name="settings">
    /// Its <see cref="ValidationSettings.MaxAmount"/> is the largest amount a row may give, so that sums of allocations
    /// cannot overflow; the defaults when null.
    /// </param>
    public static (IReadOnlyList<Allocation> Allocations, IReadOnlyList<AllocationImportProblem> Problems) Read(CsvTable table, CouncilRegister councils, DateOnly defaultAsOf,
        ValidationSettings? settings = null)
    {
        var largest = (settings ?? new ValidationSettings()).MaxAmount;
        var allocations = new List<Allocation>();
        var problems = new List<AllocationImportProblem>();
        if (!(table.Has("lla_code") || table.Has("lla_name")) || !table.Has("financial_year") || !(table.Has("amount") || table.Has("amount_gbp")))
        {
            problems.Add(new(1, "The file needs the columns lla_code (or lla_name), financial_year, fund_line, spend_type (or budget_type), amount, source and as_of."));
            return (allocations, problems);
        }
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var problem = TryRead(table, row, councils, defaultAsOf, largest, out var allocation);
            if (problem is null) allocations.Add(allocation!);
            else problems.Add(new AllocationImportProblem(i + 2, problem));
        }
        return (allocations, problems);
    }

    private static string? TryRead(CsvTable t, string[] row, CouncilRegister councils, DateOnly defaultAsOf, decimal largest, out Allocation? allocation)
    {
        allocation = null;
        var lla = First(t, row, "lla_code", "lla_name");
        var council = councils.Find(lla) ?? councils.FindByName(lla);
        if (council is null) return $"'{lla}' is not a lead local authority in the council register.";
        var yearText = t.Get(row, "financial_year");
        if (!FinancialYear.TryParse(yearText, out var year)) return $"'{yearText}' is not a single financial year such as 2025-26; multi-year totals cannot be imported.";
        var line = ParseFundLine(t.Get(row, "fund_line"));
        if (line is null) return $"'{t.Get(row, "fund_line")}' is not a fund line (core, Multiply, REPF or capacity).";
        var typeText = First(t, row, "spend_type", "budget_type");
        var type = ParseSpendType(typeText);
        if (type is null) return $"'{typeText}' is not capital (CDEL) or revenue (RDEL); a total cannot be split, so give one row for each.";
        var amountText = First(t, row, "amount", "amount_gbp");
        if (!decimal.TryParse(amountText.Replace("£", "").Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            return $"'{amountText}' is not an amount in pounds.";
        if (amount > largest)
            return $"'{amountText}' is more than any allocation can be: the largest amount accepted is £{largest.ToString("N2", CultureInfo.InvariantCulture)}. Check the amount is in pounds.";
        var asOfText = t.Get(row, "as_of");
        var asOf = defaultAsOf;
        if (asOfText.Length > 0 && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf)
            && !TryExcelSerial(asOfText, out asOf))
            return $"'{asOfText}' is not an as-of date written as yyyy-mm-dd.";
        allocation = new Allocation(council.Code, year, line.Value, type.Value, amount, First(t, row, "source", "source_url"), asOf);
        return null;
    }

    // A date typed into a spreadsheet arrives as its serial number (days since 1899-12-30).
    private static bool TryExcelSerial(string text, out DateOnly date)
    {
        date = default;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial < 1 || serial > 2958465) return false;
        date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return true;
    }

    private static string First(CsvTable t, string[] row, string column, string alternative) =>
        t.Has(column) ? t.Get(row, column) : t.Get(row, alternative);

    private static FundLine? ParseFundLine(string text) => text.Trim().ToLowerInvariant() switch
    {
        "core" or "ukspf core" or "ukspf" => FundLine.Core,
        "multiply" => FundLine.Multiply,
        "repf" or "rural england prosperity fund" => FundLine.Repf,
        "capacity" or "ukspf capacity payment" or "capacity payment" => FundLine.Capacity,
        _ => null,
    };

    private static SpendType? ParseSpendType(string text) => text.Trim().ToLowerInvariant() switch
    {
        "capital" or "cdel" => SpendType.Capital,
        "revenue" or "rdel" => SpendType.Revenue,
        _ => null,
    };
}
