using System.Globalization;
using Ukspf.Domain.Template;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Template;

/// <summary>The Start sheet: who and what the return is for, the deadline, and how to fill it in, in plain English.</summary>
internal static class StartSheet
{
    /// <summary>Composes the sheet for one council and round.</summary>
    public static SheetDraft Build(TemplateRequest request, SharedStringWriter strings, DefinedNames names)
    {
        var round = request.Round;
        var id = round.Id;
        var sheet = new SheetDraft(TemplateSchema.Sheets.Start, strings);
        sheet.Width(1, 36);
        sheet.Width(2, 110);
        sheet.Text(1, 1, $"UK Shared Prosperity Fund: return for {id}", TemplateStyles.Title);

        var row = 3;
        // Named, so the reader can hold the council the officer sees against the hidden metadata (R01).
        names.Add("CouncilName", CellAddress.SheetCell(TemplateSchema.Sheets.Start, 2, row));
        Pair(sheet, ref row, TemplateSchema.Field("CouncilName").Label, request.Council.Name);
        names.Add("CouncilCode", CellAddress.SheetCell(TemplateSchema.Sheets.Start, 2, row));
        Pair(sheet, ref row, TemplateSchema.Field("CouncilCode").Label, request.Council.Code);
        Pair(sheet, ref row, "Reporting round", id.ToString());
        sheet.Text(1, row, "Period starts", TemplateStyles.Label);
        sheet.Date(2, row++, id.Start);
        sheet.Text(1, row, "Period ends", TemplateStyles.Label);
        sheet.Date(2, row++, id.End);
        sheet.Text(1, row, "Deadline for this return", TemplateStyles.Label);
        sheet.Date(2, row++, round.Deadline);
        sheet.Text(1, row, $"Capital allocation {id.Year}", TemplateStyles.Label);
        sheet.Money(2, row++, request.CapitalAllocation);
        sheet.Text(1, row, $"Revenue allocation {id.Year}", TemplateStyles.Label);
        sheet.Money(2, row++, request.RevenueAllocation);

        row++;
        sheet.Text(1, row++, "How to fill in this return", TemplateStyles.Label);
        var step = 1;
        foreach (var line in Instructions(request))
        {
            sheet.Text(1, row, step++.ToString(CultureInfo.InvariantCulture), TemplateStyles.Plain);
            sheet.Text(2, row++, line, TemplateStyles.Instruction);
        }
        return sheet;
    }

    private static void Pair(SheetDraft sheet, ref int row, string label, string value)
    {
        sheet.Text(1, row, label, TemplateStyles.Label);
        sheet.Text(2, row++, value);
    }

    private static IEnumerable<string> Instructions(TemplateRequest request)
    {
        var id = request.Round.Id;
        var deadline = request.Round.Deadline.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        yield return $"This is {request.Council.Name}'s UK Shared Prosperity Fund return for {id}, covering " +
            $"{id.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {id.End.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}. " +
            $"Please fill it in and upload it by {deadline}.";
        yield return "Type only in the yellow cells. Everything else is locked so that your return can be read automatically.";
        yield return $"{TemplateSchema.Sheets.Projects} sheet: {TemplateSchema.Projects.Instructions}";
        yield return $"{TemplateSchema.Sheets.Spend} sheet: {TemplateSchema.Spend.Instructions} The totals at the top of the sheet are worked out for you.";
        yield return "Actuals are cumulative: keep every quarter you have reported before and add the latest one. Do not lower a figure " +
            "you reported before unless you are correcting a mistake; if you are, say why in the 'Correction reason' column.";
        yield return $"{TemplateSchema.Sheets.Outputs} and {TemplateSchema.Sheets.Outcomes} sheets: {TemplateSchema.Outputs.Instructions} " +
            "Give the total delivered since the project started, not only this quarter's.";
        yield return "Jobs created or safeguarded are counted in full-time equivalents (FTE): a job of 18.5 hours a week in a 37-hour week is 0.5 FTE.";
        yield return "Choose interventions, statuses, quarters, indicators, units and RAG ratings from the drop-down lists in each cell.";
        yield return "Type amounts in pounds as plain numbers, such as 1200.50 (no £ sign needed), and dates as dd/mm/yyyy.";
        yield return $"{TemplateSchema.Sheets.Programme} sheet: give RAG ratings for progress and trend, a progress narrative " +
            "(at most 250 words), a forward look (at most 200 words), any forecast underspend this year and any amount you want to reprofile.";
        yield return $"{TemplateSchema.Sheets.SignOff} sheet: your Section 151 officer, or their delegate, signs the return off with their name, role and the date.";
        yield return "Please do not rename, delete or reorder the sheets, and do not change the column headings: we read your return by them.";
        yield return "If you need more rows, insert them inside a table (right-click a row number and choose Insert) so the table grows with them. " +
            "Do not leave empty rows between entries.";
    }
}
