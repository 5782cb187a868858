using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using CellType = Ukspf.Domain.Template.CellType;

namespace Ukspf.Workbooks.Template;

/// <summary>The data validations of input cells, with messages a council officer sees when a value is refused.</summary>
internal static class Validations
{
    /// <summary>The validation for a cell of <paramref name="type"/>, or null when any value goes (free text).</summary>
    public static DataValidation? For(CellType type, string? listName, string label, string cells) => type switch
    {
        CellType.Choice when listName is not null => List(listName, label, cells),
        CellType.Money => NonNegative(cells, "Amount in pounds", $"{label}: type an amount in pounds of 0 or more, such as 1200.50 (no £ sign needed)."),
        CellType.Number => NonNegative(cells, "Number", $"{label}: type a number of 0 or more, such as 12 or 2.5."),
        CellType.Date => Dates(cells, label),
        _ => null,
    };

    private static DataValidation List(string listName, string label, string cells) => Common(
        new DataValidation(new Formula1(listName)) { Type = DataValidationValues.List },
        cells, "Choose from the list", Clip($"{label}: choose a value from the drop-down list."));

    private static DataValidation NonNegative(string cells, string title, string message) => Common(
        new DataValidation(new Formula1("0")) { Type = DataValidationValues.Decimal, Operator = DataValidationOperatorValues.GreaterThanOrEqual },
        cells, title, Clip(message));

    private static DataValidation Dates(string cells, string label) => Common(
        new DataValidation(
            new Formula1(ExcelDates.Serial(TemplateLayout.EarliestDate).ToString(CultureInfo.InvariantCulture)),
            new Formula2(ExcelDates.Serial(TemplateLayout.LatestDate).ToString(CultureInfo.InvariantCulture)))
        { Type = DataValidationValues.Date, Operator = DataValidationOperatorValues.Between },
        cells, "Date", Clip($"{label}: type a date as dd/mm/yyyy, for example 30/06/2025."));

    private static DataValidation Common(DataValidation validation, string cells, string title, string message)
    {
        validation.AllowBlank = true;
        validation.ShowErrorMessage = true;
        validation.ShowInputMessage = true;
        validation.ErrorTitle = title;
        validation.Error = message;
        validation.PromptTitle = title;
        validation.Prompt = message;
        validation.SequenceOfReferences = new ListValue<StringValue> { InnerText = cells };
        return validation;
    }

    // Excel refuses to open a workbook whose validation messages exceed 255 characters.
    private static string Clip(string message) => message.Length <= 255 ? message : message[..252] + "...";
}
