using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;

namespace Ukspf.Workbooks.Exports;

/// <summary>A round's grants, with what a reader of the file should know that the grants themselves do not say.</summary>
/// <param name="Grants">One per project awarded more than nothing, in council then return order.</param>
/// <param name="Notes">
/// Plain sentences: each council named by an identifier of this publisher's because it has no registered org-id,
/// and each project left out because its outturn is not above zero.
/// </param>
public sealed record GrantsPublication(IReadOnlyList<Grant> Grants, IReadOnlyList<string> Notes)
{
    /// <summary>This publisher's 360Giving prefix: every grant identifier, and every identifier of ours, starts with it.</summary>
    public const string Prefix = "360G-ukspf";

    /// <summary>Builds the grants of each council's accepted return.</summary>
    /// <param name="round">The round the returns are for; its funding year decides the amounts.</param>
    /// <param name="returns">Each council with its accepted return.</param>
    /// <param name="catalogue">Resolves intervention titles.</param>
    /// <param name="modified">When the file is published.</param>
    /// <param name="dataSource">Where the published file will be found.</param>
    public static GrantsPublication Build(Round round, IEnumerable<(Council Council, CouncilReturn Return)> returns, Catalogue catalogue, DateTimeOffset modified, Uri dataSource)
    {
        var grants = new List<Grant>();
        var notes = new List<string>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (council, ret) in returns.OrderBy(r => r.Council.Name, StringComparer.OrdinalIgnoreCase))
        {
            var funder = new GrantOrganisation(council.OrgId ?? $"{Prefix}-lla-{council.Code}", council.OfficialName ?? council.Name);
            if (council.OrgId is null)
                notes.Add($"{council.Name} ({council.Code}) has no registered org-id, so its grants name it as funder by {funder.Id}.");
            var location = new GrantLocation(council.Name, GeoCodeTypes.IsGssCode(council.Code) ? council.Code : null, GeoCodeTypes.Of(council.Code));
            var spendByProject = SpendByProject(ret, round.Id.Year);
            foreach (var project in ret.Projects)
            {
                var (actual, outturn) = spendByProject.GetValueOrDefault(project.Ref);
                if (outturn <= 0m)
                {
                    notes.Add($"{council.Name}'s project {project.Ref} is left out: its outturn for {round.Id.Year} is {outturn:0.00}, and a grant is for more than nothing.");
                    continue;
                }
                var intervention = catalogue.FindIntervention(project.InterventionCode, council.Nation, round.Id.Year);
                var programme = $"{project.InterventionCode} {intervention?.Title}".AsSpan().Trim();
                grants.Add(new Grant(
                    GrantId(council, project.Ref, used),
                    project.Name,
                    $"{programme} ({Catalogue.TitleOf(intervention?.Priority ?? InvestmentPriority.CommunitiesAndPlace)}), {council.Name}, {round.Id.Year}.",
                    outturn,
                    actual,
                    project.StartDate ?? round.Id.Year.Start,
                    project.StartDate,
                    project.EndDate,
                    Recipient(project, funder),
                    funder,
                    location with { Name = project.Area ?? council.Name },
                    project.InterventionCode,
                    intervention?.Title,
                    modified,
                    dataSource));
            }
        }
        return new GrantsPublication(grants, notes);
    }

    /// <summary>Each project's actual and outturn (actual plus forecast) for the year, M&amp;A left out; references ignore case.</summary>
    private static Dictionary<string, (decimal Actual, decimal Outturn)> SpendByProject(CouncilReturn ret, FinancialYear year)
    {
        var spend = new Dictionary<string, (decimal Actual, decimal Outturn)>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ret.Spend)
        {
            if (line.Quarter.Year != year || line.IsManagementAndAdministration) continue;
            ref var project = ref CollectionsMarshal.GetValueRefOrAddDefault(spend, line.ProjectRef, out _);
            project = (project.Actual + line.Actual, project.Outturn + (line.Actual + line.Forecast));
        }
        return spend;
    }

    private static GrantOrganisation Recipient(ReturnProject project, GrantOrganisation funder)
    {
        if (project.DeliveryOrganisation is not { } name) return funder;
        if (project.OrganisationNumber is { } number && OrganisationNumbers.TryOrgId(number, out var orgId)) return new(orgId, name);
        return new($"{Prefix}-org-{Slug(name)}", name);
    }

    /// <summary>
    /// Prefix, council code and project reference; never the round, so a project keeps its identifier each quarter.
    /// Two references that read alike once reduced to letters and digits are told apart by a hash of the reference.
    /// </summary>
    private static string GrantId(Council council, string reference, HashSet<string> used)
    {
        var id = $"{Prefix}-{council.Code}-{Slug(reference)}";
        if (!used.Add(id))
        {
            id += "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reference)))[..8];
            used.Add(id);
        }
        return id;
    }

    /// <summary>Lower case, every character but an ASCII letter or digit a hyphen, no hyphen at either end.</summary>
    private static string Slug(string text)
    {
        Span<char> slug = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan().ToLowerInvariant(slug);
        foreach (ref var c in slug)
            if (!char.IsAsciiLetterOrDigit(c)) c = '-';
        return new string(slug.Trim('-'));
    }
}
