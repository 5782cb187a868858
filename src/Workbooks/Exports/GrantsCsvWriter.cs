using System.Globalization;
using System.Text;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;

namespace Ukspf.Workbooks.Exports;

/// <summary>
/// Writes the projects of accepted returns as a 360Giving flat grants file (CSV, UTF-8, the standard's column
/// titles): one UKSPF project is one grant, the lead local authority is the funder. Text a spreadsheet would run
/// as a formula (starting with =, +, -, @, tab or carriage return) is written after a single quote, in a quoted
/// field, as OWASP's CSV-injection guidance says; amounts and dates are written as they are, negative or not.
/// </summary>
public static class GrantsCsvWriter
{
    /// <summary>The identifier prefix of this publisher's local ids.</summary>
    public const string IdentifierPrefix = "360G-ukspf-";

    /// <summary>The columns written, titled as the 360Giving flat format titles them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Amount Disbursed", "Award Date",
        "Planned Dates:Start Date", "Planned Dates:End Date", "Recipient Org:Identifier", "Recipient Org:Name",
        "Beneficiary Location:Name", "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code",
        "Grant Programme:Title", "Last modified", "Data Source",
    ];

    /// <summary>Writes one row per project of each council's accepted return.</summary>
    /// <param name="round">The round the returns are for.</param>
    /// <param name="returns">Each council with its accepted return.</param>
    /// <param name="catalogue">Resolves intervention titles.</param>
    /// <param name="asOf">The date the figures were published.</param>
    /// <param name="output">Receives the CSV.</param>
    public static void Write(Round round, IEnumerable<(Council Council, CouncilReturn Return)> returns, Catalogue catalogue, DateOnly asOf, TextWriter output)
    {
        WriteRow(output, Columns);
        foreach (var (council, ret) in returns.OrderBy(r => r.Council.Name, StringComparer.OrdinalIgnoreCase))
        {
            var spendByProject = ret.Spend.Where(s => s.Quarter.Year == round.Id.Year && !s.IsManagementAndAdministration)
                .GroupBy(s => s.ProjectRef).ToDictionary(g => g.Key, g => (Actual: g.Sum(s => s.Actual), Outturn: g.Sum(s => s.Actual + s.Forecast)));
            foreach (var project in ret.Projects)
            {
                var (actual, outturn) = spendByProject.GetValueOrDefault(project.Ref);
                var intervention = catalogue.FindIntervention(project.InterventionCode, council.Nation, round.Id.Year);
                var recipient = project.DeliveryOrganisation ?? council.Name;
                WriteRow(output,
                [
                    $"{IdentifierPrefix}{council.Code}-{Slug(project.Ref)}",
                    Text(project.Name),
                    Text($"{project.InterventionCode} {intervention?.Title}".Trim() + $" ({Catalogue.TitleOf(intervention?.Priority ?? InvestmentPriority.CommunitiesAndPlace)}), {council.Name}, {round.Id.Year}."),
                    "GBP",
                    Money(outturn),
                    Money(actual),
                    Date(project.StartDate ?? round.Id.Year.Start),
                    Date(project.StartDate),
                    Date(project.EndDate),
                    $"{IdentifierPrefix}org-{Slug(recipient)}",
                    Text(recipient),
                    Text(project.Area),
                    $"{IdentifierPrefix}lla-{council.Code}",
                    Text(council.Name),
                    Text(project.InterventionCode),
                    Text(intervention?.Title),
                    Date(asOf),
                    $"UKSPF Returns, round {round.Id}",
                ]);
            }
        }
    }

    /// <summary>
    /// Text as written: after a single quote when a spreadsheet would take it for a formula, so it shows as it was
    /// typed and runs nothing. <see cref="WriteRow"/> quotes every field that starts with a single quote.
    /// </summary>
    private static string Text(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text ?? "";

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return slug.ToString().Trim('-');
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) output.Write(',');
            var field = fields[i];
            if (field.IndexOfAny([',', '"', '\n', '\r']) >= 0 || field.StartsWith('\'')) output.Write('"' + field.Replace("\"", "\"\"") + '"');
            else output.Write(field);
        }
        output.Write("\r\n");
    }
}
