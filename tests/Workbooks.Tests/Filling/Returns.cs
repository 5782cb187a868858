using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;

namespace Ukspf.Workbooks.Tests.Filling;

/// <summary>A realistic return of a few projects, and variations of it.</summary>
internal static class Returns
{
    public static RoundId Q1 { get; } = RoundId.Parse("2025-26-Q1");

    public static RoundId Q2 { get; } = RoundId.Parse("2025-26-Q2");

    public static RoundId Q3 { get; } = RoundId.Parse("2025-26-Q3");

    public static CouncilReturn Realistic() => new(
        new ReturnMetadata(TemplateSchema.Version, "2025-26-Q2", "adur"),
        [
            new ReturnProject("ADU-001", "Shoreham high street shopfront grants", "E1", ProjectStatus.Live, null,
                new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), "Adur District Council", "BN43 5FB"),
            new ReturnProject("ADU-002", "Green business support", "E23", ProjectStatus.Finished, null,
                new DateOnly(2025, 5, 12), new DateOnly(2025, 9, 30), "Sussex Business Hub", "Lancing", OrganisationNumber: "01234567"),
            new ReturnProject("ADU-003", "Digital skills bootcamp", "E33", ProjectStatus.ClosedEarly, "Provider withdrew",
                new DateOnly(2025, 6, 2), null, null, null),
        ],
        [
            new SpendLine("ADU-001", Q1, 1234.56m, 0m, 0m, 0m),
            new SpendLine("ADU-001", Q2, 25000.10m, 310.25m, 0m, 0m, "Contractor invoiced early"),
            new SpendLine("ADU-001", Q3, 0m, 0m, 40000m, 1500.75m),
            new SpendLine("ADU-002", Q1, 0m, 8000m, 0m, 0m),
            new SpendLine("ADU-002", Q2, 0m, 7999.99m, 0m, 0m, null, "Q1 invoice was entered twice"),
            new SpendLine(SpendLine.ManagementAndAdministration, Q2, 0m, 4999.99m, 0m, 5000m),
        ],
        [
            new IndicatorLine("ADU-001", "CP-O11", "Number", 12m, 10m, 40m, "Ahead of plan"),
            new IndicatorLine("ADU-001", "CP-O13", "m2", 1250.5m, null, 3000m),
        ],
        [
            new IndicatorLine("ADU-002", "CP-R01", "FTE", 2.5m, 3m, 6m, null, "Part-time roles re-counted as FTE"),
        ],
        null,
        new ProgrammeAnswers(Rag.Green, Rag.Amber, "Shopfront grants are ahead of plan; the bootcamp closed early.",
            "Two more shopfronts in Q3.", 1000.5m, 0m, 250m),
        new SignOff("Jane Smith", "Section 151 officer", new DateOnly(2025, 10, 20)));

    /// <summary>The realistic return with <paramref name="count"/> spend lines, more than a template has rows.</summary>
    public static CouncilReturn WithSpendLines(int count) => Realistic() with
    {
        Spend = Enumerable.Range(1, count).Select(i => new SpendLine($"ADU-{i:000}", Q1, i, 0.01m * i, 0m, 0m)).ToList(),
    };
}
