using Ukspf.Domain.Returns;
using Ukspf.Domain.Validation;

namespace Ukspf.Workbooks.Tests.Feedback;

/// <summary>Short ways to make findings for feedback tests.</summary>
public static class Findings
{
    public static Finding Error(string rule, string sheet, string? cell, string message, string? value = null) =>
        new(rule, Severity.Error, new CellLocation(sheet, cell), value, message);

    public static Finding Warning(string rule, string sheet, string? cell, string message, string? value = null) =>
        new(rule, Severity.Warning, new CellLocation(sheet, cell), value, message);

    /// <summary>A mix on the builder's Spend sheet: existing and missing cells and rows, a range, a row, a
    /// cell with an error and a warning, the workbook as a whole and a sheet the workbook lacks.</summary>
    public static IReadOnlyList<Finding> OnSpendSheet() =>
    [
        Warning(RuleIds.Variance, "Spend", "B2", "Actual spend differs from the forecast by more than 20%. Add a comment.", "1200.5"),
        Error(RuleIds.Cells, "Spend", "B4", "Enter a number of pounds, for example 1200.50.", "twelve"),
        Error(RuleIds.Totals, "Spend", "B2:C2", "The lines do not add up to the total in row 10."),
        Error(RuleIds.Cells, "Spend", "D2", "This cell is required."),
        Warning(RuleIds.Variance, "Spend", "C4", "Actual revenue differs from the forecast by more than 20%. Add a comment.", "45.25"),
        Error(RuleIds.Cells, "Spend", "E7", "Enter the date the project ends."),
        Warning(RuleIds.OverTarget, "Spend", "12:12", "Outputs are more than 150% of target."),
        Error(RuleIds.Template, CellLocation.Workbook.Sheet, null, "This is not the current return template."),
        Warning(RuleIds.SpendWithoutOutputs, "Outputs", "C5", "Spend with no outputs for two quarters."),
    ];
}
