using ClosedXML.Excel;
using CellType = Ukspf.Domain.Template.CellType;

namespace Ukspf.Workbooks.Template;

/// <summary>The data validations of input cells, with messages a council officer sees when a value is refused.</summary>
internal static class Validations
{
    /// <summary>Adds the validation for cells of <paramref name="type"/> to <paramref name="cells"/>; free text gets none.</summary>
    public static void Add(IXLRange cells, CellType type, string? listName, string label)
    {
        switch (type)
        {
            case CellType.Choice when listName is not null:
                Common(cells, "Choose from the list", $"{label}: choose a value from the drop-down list.").List(listName);
                break;
            case CellType.Money:
                Common(cells, "Amount in pounds", $"{label}: type an amount in pounds of 0 or more, such as 1200.50 (no £ sign needed).").Decimal.EqualOrGreaterThan(0);
                break;
            case CellType.Number:
                Common(cells, "Number", $"{label}: type a number of 0 or more, such as 12 or 2.5.").Decimal.EqualOrGreaterThan(0);
                break;
            case CellType.Date:
                Common(cells, "Date", $"{label}: type a date as dd/mm/yyyy, for example 30/06/2025.").Date.Between(
                    TemplateLayout.EarliestDate.ToDateTime(TimeOnly.MinValue), TemplateLayout.LatestDate.ToDateTime(TimeOnly.MinValue));
                break;
        }
    }

    private static IXLDataValidation Common(IXLRange cells, string title, string message)
    {
        var validation = cells.SetDataValidation();
        validation.IgnoreBlanks = true;
        validation.ShowErrorMessage = true;
        validation.ShowInputMessage = true;
        validation.ErrorTitle = title;
        validation.ErrorMessage = Clip(message);
        validation.InputTitle = title;
        validation.InputMessage = Clip(message);
        return validation;
    }

    // Excel refuses to open a workbook whose validation messages exceed 255 characters.
    private static string Clip(string message) => message.Length <= 255 ? message : message[..252] + "...";
}
