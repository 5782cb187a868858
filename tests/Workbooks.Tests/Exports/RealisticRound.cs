using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.ReferenceData;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Workbooks.Exports;

namespace Ukspf.Workbooks.Tests.Exports;

/// <summary>
/// A round of several councils, keyed by GSS code as the register keys them: a district, a unitary, a Scottish
/// council and a combined authority with no registered org-id; projects delivered by a charity, a company, an
/// organisation with no number given, and by the council itself; one with nothing spent or forecast.
/// </summary>
internal static class RealisticRound
{
    public static readonly Round Round = new(RoundId.Parse("2025-26-Q3"), new DateOnly(2026, 1, 30), true, FundingPeriod.For(new FinancialYear(2025)));
    public static readonly DateTimeOffset Published = new(2026, 2, 2, 1, 30, 0, TimeSpan.Zero);
    public static readonly Uri Source = new("https://ukspf.example.org/published/2025-26-Q3/ukspf-grants-2025-26-Q3.json");

    public static readonly Council Adur = new("E07000223", "Adur District Council", Nation.England, OrgId: "GB-LAE-ADU");
    public static readonly Council Cornwall = new("E06000052", "Cornwall Council", Nation.England, OrgId: "GB-LAE-CON");
    public static readonly Council Glasgow = new("S12000049", "Glasgow City Council", Nation.Scotland, OrgId: "GB-LAS-GLG");
    public static readonly Council Lancashire = new("E47000015", "Lancashire Combined County Authority", Nation.England);

    public static IReadOnlyList<(Council, CouncilReturn)> Returns { get; } =
    [
        (Adur, Return(Adur,
            (Project("AD-1", "High Street, phase 2", "E1", "Adur Community Trust", "1123456"), 12_500.50m),
            (Project("AD-2", "Business support", "E23", "Sussex Growth Ltd", "01234567"), 8_000m),
            (Project("AD-3", "Shoreham lido", "E11", null, null), 40_000m),
            (Project("AD-4", "Not yet started", "E1", null, null), 0m))),
        (Cornwall, Return(Cornwall,
            (Project("CW 1", "Skills hub", "E33", "Kernow Learning", null), 20_000m),
            (Project("CW-1", "Skills hub annexe", "E33", "Kernow Learning", null), 5_000m))),
        (Glasgow, Return(Glasgow,
            (Project("GL-7", "Community food", "S11", "Glasgow Food Network", "SC012345"), 9_999.99m))),
        (Lancashire, Return(Lancashire,
            (Project("LA-1", "Net zero homes", "E1", "Red Rose Homes", "NI 123456"), 60_000m))),
    ];

    public static GrantsPublication Publication() => GrantsPublication.Build(Round, Returns, Catalogue.Default, Published, Source);

    private static ReturnProject Project(string reference, string name, string intervention, string? organisation, string? number) =>
        new(reference, name, intervention, ProjectStatus.Live, null, new DateOnly(2025, 5, 1), new DateOnly(2026, 3, 31), organisation, "Town centre", OrganisationNumber: number);

    private static CouncilReturn Return(Council council, params (ReturnProject Project, decimal Outturn)[] projects) => new(
        new ReturnMetadata("UKSPF-Return-1.0", "2025-26-Q3", council.Code), projects.Select(p => p.Project).ToList(),
        projects.Select(p => new SpendLine(p.Project.Ref, new RoundId(new FinancialYear(2025), PeriodKind.Quarter, 1), 0m, p.Outturn, 0m, 0m)).ToList(),
        [], [], null, new ProgrammeAnswers(Rag.Green, Rag.Green, "On track.", null, 0m, 0m, 0m), new SignOff("A", "Section 151 officer", null));
}
