using System.Globalization;
using ClosedXML.Excel;
using Ukspf.Domain.Template;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Template;

/// <summary>The Start sheet: who and what the return is for, the deadline, and how to fill it in, in plain English.</summary>
internal static class StartSheet
{
    /// <summary>Adds the sheet for one council and round, and names its council cells.</summary>
    public static void Build(XLWorkbook workbook, TemplateRequest request)
    {
        var round = request.Round;
        var id = round.Id;
        var sheet = workbook.Worksheets.Add(TemplateSchema.Sheets.Start);
        sheet.Column(1).Width = 36;
        sheet.Column(2).Width = 110;
        TemplateStyles.Title(sheet.Cell(1, 1).SetValue($"UK Shared Prosperity Fund: return for {id}").Style);

        var row = 3;
        // Named, so the reader can hold the council the officer sees against the hidden metadata (R01).
        workbook.NamedRanges.Add("CouncilName", CellAddress.SheetCell(TemplateSchema.Sheets.Start, 2, row));
        Pair(sheet, ref row, TemplateSchema.Field("CouncilName").Label).SetValue(request.Council.Name);
        workbook.NamedRanges.Add("CouncilCode", CellAddress.SheetCell(TemplateSchema.Sheets.Start, 2, row));
        Pair(sheet, ref row, TemplateSchema.Field("CouncilCode").Label).SetValue(request.Council.Code);
        Pair(sheet, ref row, "Reporting round").SetValue(id.ToString());
        TemplateStyles.Date(Pair(sheet, ref row, "Period starts").SetValue(Day(id.Start)).Style);
        TemplateStyles.Date(Pair(sheet, ref row, "Period ends").SetValue(Day(id.End)).Style);
        TemplateStyles.Date(Pair(sheet, ref row, "Deadline for this return").SetValue(Day(round.Deadline)).Style);
        TemplateStyles.Money(Pair(sheet, ref row, $"Capital allocation {id.Year}").SetValue(request.CapitalAllocation).Style);
        TemplateStyles.Money(Pair(sheet, ref row, $"Revenue allocation {id.Year}").SetValue(request.RevenueAllocation).Style);
        if (request.CarriedForward is { } carried)
        {
            var key = Pair(sheet, ref row, "Carried forward").SetValue(CarriedForwardKey(carried));
            TemplateStyles.Instruction(key.Style);
            TemplateStyles.CarriedForward(key.Style);
        }

        row++;
        TemplateStyles.Label(sheet.Cell(row++, 1).SetValue("How to fill in this return").Style);
        var step = 1;
        foreach (var line in Instructions(request))
        {
            sheet.Cell(row, 1).SetValue(step++.ToString(CultureInfo.InvariantCulture));
            TemplateStyles.Instruction(sheet.Cell(row++, 2).SetValue(line).Style);
        }
    }

    /// <summary>What the shade of carried-forward cells means, in the words the key cell shows in that shade.</summary>
    public static string CarriedForwardKey(CarriedForward carried) =>
        $"Cells shaded like this one hold what your last accepted return ({carried.Round}) said: your projects, the spend you reported " +
        "and your outputs and outcomes to date with their targets. Check them, change anything that has changed, and add this quarter's figures.";

    /// <summary>Writes a bold label in column A of the row and returns the value cell beside it; moves to the next row.</summary>
    private static IXLCell Pair(IXLWorksheet sheet, ref int row, string label)
    {
        TemplateStyles.Label(sheet.Cell(row, 1).SetValue(label).Style);
        return sheet.Cell(row++, 2);
    }

    private static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    private static IEnumerable<string> Instructions(TemplateRequest request)
    {
        var id = request.Round.Id;
        var deadline = request.Round.Deadline.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        yield return $"This is {request.Council.Name}'s UK Shared Prosperity Fund return for {id}, covering " +
            $"{id.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {id.End.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}. " +
            $"Please fill it in and upload it by {deadline}.";
        yield return "Type only in the yellow cells. Everything else is locked so that your return can be read automatically.";
        if (request.CarriedForward is { } carried)
            yield return $"This return starts from your last accepted return ({carried.Round}): the green cells hold what it said. " +
                "Keep what is still right, update what has changed, and add this quarter's actuals.";
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
