using Ukspf.Domain.Template;
using Ukspf.Domain.Validation.Rules;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>Reads the Projects table.</summary>
internal static class ProjectRows
{
    // Enum.GetValues builds a new array each call; the labels are in enum order.
    private static readonly ProjectStatus[] Statuses = Enum.GetValues<ProjectStatus>();

    public static IReadOnlyList<ReturnProject> Read(RawTable table, CellReader read, ParseLog log)
    {
        var rows = TableRows.Open(TemplateSchema.Projects, table, log);
        var referenceColumn = rows.Column("ProjectRef");
        var nameColumn = rows.Column("ProjectName");
        var interventionColumn = rows.Column("Intervention");
        var statusColumn = rows.Column("Status");
        var closedReasonColumn = rows.Column("ClosedReason");
        var startColumn = rows.Column("StartDate");
        var endColumn = rows.Column("EndDate");
        var organisationColumn = rows.Column("DeliveryOrganisation");
        var areaColumn = rows.Column("Area");
        var numberColumn = rows.Column("OrganisationNumber");

        var projects = new List<ReturnProject>(table.Rows.Count);
        var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in table.Rows)
        {
            if (!rows.TryRow(raw, out var row)) continue;
            // Only an unreadable reference leaves a project out: spend and outputs name the project by it, so keeping
            // the project avoids reporting each of them as unknown. Its other cells are reported where they are, and
            // a return with such an error is never accepted, so the placeholders below never count.
            var reference = read.Text(row.Cell(referenceColumn));
            var name = read.Text(row.Cell(nameColumn, leavesRowOut: false));
            var intervention = read.Choice(row.Cell(interventionColumn, leavesRowOut: false));
            var status = read.Choice(row.Cell(statusColumn, leavesRowOut: false));
            var closedReason = read.Text(row.Cell(closedReasonColumn));
            var start = read.Date(row.Cell(startColumn, leavesRowOut: false));
            var end = read.Date(row.Cell(endColumn, leavesRowOut: false));
            var organisation = read.Text(row.Cell(organisationColumn));
            var area = read.Text(row.Cell(areaColumn));
            var number = read.Text(row.Cell(numberColumn));
            if (reference is null) continue;

            if (firstRowOf.TryGetValue(reference, out var firstRow))
            {
                log.Error(row.Cell(referenceColumn).Location, reference,
                    $"Project reference '{reference}' is already used on row {firstRow}; each project needs its own reference. {TableRows.RowLeftOut}");
                continue;
            }
            firstRowOf[reference] = row.Source.Row;

            var projectStatus = StatusOf(status);
            if (projectStatus == ProjectStatus.ClosedEarly && closedReason is null)
                log.Error(row.Cell(closedReasonColumn).Location, null, "Reason closed early is required when the status is Closed early.");
            if (start is not null && end < start)
                log.Error(row.Cell(endColumn).Location, row.Cell(endColumn).Entered,
                    $"End date ({Figures.Date(end.Value)}) is before the start date ({Figures.Date(start.Value)}).");

            if (number is not null && !OrganisationNumbers.TryOrgId(number, out _))
            {
                log.Warning(row.Cell(numberColumn).Location, number,
                    $"'{number}' does not look like a charity or company number. A charity number is 6 or 7 digits (SC and 6 digits in Scotland, "
                    + "NIC and 6 digits in Northern Ireland); a Companies House number is 8 characters, such as 01234567 or SC123456. "
                    + "Correct it, or leave the cell blank if the organisation has neither; it is left out of the published grants until then.");
                number = null;
            }

            projects.Add(new ReturnProject(reference, name ?? "", intervention ?? "", projectStatus, closedReason, start, end, organisation, area, row.Source, number));
        }
        return projects;
    }

    private static ProjectStatus StatusOf(string? label)
    {
        for (var i = 0; i < TemplateSchema.StatusLabels.Count; i++)
            if (TemplateSchema.StatusLabels[i] == label) return Statuses[i];
        return ProjectStatus.Planned;
    }
}
