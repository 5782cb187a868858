using System.Globalization;
using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.ReferenceData;
using Ukspf.Domain.Rounds;

namespace Ukspf.Cli.Demo;

/// <summary>
/// The demo's allocations: the real published sample (allocations-sample.csv, each row with its source), and for the
/// councils whose 2025-26 split figure is not in the sample, a stand-in from their latest sample figure, labelled
/// as such. Northern Ireland is delivered centrally and returns no LLA return, so it is left out.
/// </summary>
public static class DemoAllocations
{
    /// <summary>The sample file as shipped with the command.</summary>
    public static Stream OpenSample() =>
        typeof(DemoAllocations).Assembly.GetManifestResourceStream("Demo/allocations-sample.csv")
        ?? throw new InvalidOperationException("The allocation sample is not embedded in the ukspf command.");

    /// <summary>
    /// A sort key for each council the sample names: the slug of the name the sample gives it (the first, in order),
    /// so the demo's cast follows the sample's names, and a successor (Cumberland for Allerdale) takes its predecessor's place.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SampleOrder(CouncilRegister councils)
    {
        using var reader = new StreamReader(OpenSample());
        var sample = CsvTable.Read(reader);
        var order = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in sample.Rows.Select(r => sample.Get(r, "lla_name")).Order(StringComparer.Ordinal))
            if (councils.FindByName(name) is { } council) order.TryAdd(council.Code, CouncilNames.Slug(CouncilNames.Short(name)));
        return order;
    }

    /// <summary>Stand-in allocations for <paramref name="year"/> for sample councils that have none in the book.</summary>
    public static IReadOnlyList<Allocation> StandIns(AllocationBook book, CouncilRegister councils, FinancialYear year, DateOnly asOf)
    {
        using var reader = new StreamReader(OpenSample());
        var sample = CsvTable.Read(reader);
        var standIns = new List<Allocation>();
        foreach (var group in sample.Rows.GroupBy(r => councils.FindByName(sample.Get(r, "lla_name"))?.Code))
        {
            if (group.Key is null || book.Has(group.Key, year)) continue;
            if (councils.Find(group.Key)!.Nation == Nation.NorthernIreland) continue;
            var latest = group
                .Where(r => decimal.TryParse(sample.Get(r, "amount_gbp"), NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                .OrderByDescending(r => sample.Get(r, "financial_year"), StringComparer.Ordinal)
                .FirstOrDefault();
            if (latest is null) continue;
            var yearText = sample.Get(latest, "financial_year");
            var amount = decimal.Parse(sample.Get(latest, "amount_gbp"), CultureInfo.InvariantCulture);
            var years = yearText == "2022-25" ? 3 : 1;
            standIns.Add(new Allocation(group.Key, year, FundLine.Core, SpendType.Revenue, Math.Round(amount / years, 2),
                $"Demo stand-in from the sample's {yearText} {sample.Get(latest, "budget_type")} figure{(years > 1 ? " divided by 3" : "")}: {sample.Get(latest, "source_url")}", asOf));
        }
        return standIns;
    }
}
