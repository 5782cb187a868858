using System.Globalization;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>
/// Turns one input cell into a typed value, reporting in plain words anything it cannot use as it stands (rule R02).
/// Every method gives null when the cell is blank or unusable; the finding, if any, has already been logged.
/// </summary>
internal sealed class CellReader(ParseLog log, ValidationSettings settings)
{
    private readonly ChoiceCache _choices = new();

    public string? Text(CellInput input)
    {
        if (!Present(input)) return null;
        var text = input.Cell.Kind == RawCellKind.Boolean ? input.Entered! : Carried(input, input.Cell.Text.Trim());
        return FitsItsCell(input, text) ? text : null;
    }

    public decimal? Money(CellInput input) => Number(input, money: true);

    public decimal? Number(CellInput input) => Number(input, money: false);

    public DateOnly? Date(CellInput input)
    {
        if (!Present(input)) return null;
        var cell = input.Cell;
        if (cell.Kind == RawCellKind.Number && NumberText.ReadStored(cell.Text, out var serial) == NumberReading.Read && DateText.TryFromSerial(serial, out var fromSerial))
            return fromSerial;
        if (cell.Kind == RawCellKind.Text && DateText.TryParseTyped(cell.Text, out var typed)) return typed;
        Fail(input, $"{input.Label} must be a date such as 01/04/2025; you entered '{input.Entered}'.");
        return null;
    }

    public string? Choice(CellInput input) => TryChoice(input, out var value, out _) ? value : null;

    /// <summary>A cell of the quarters list, as the quarter it names.</summary>
    public RoundId? Quarter(CellInput input) => TryChoice(input, out _, out var quarter) ? quarter : null;

    /// <summary>Reports a required value that is missing or unusable, unless its whole column was already reported.</summary>
    public void Require(CellInput input, string message)
    {
        if (!input.AlreadyReported) log.Error(input.Location, input.Entered, WithDropNote(input, message));
    }

    private bool TryChoice(CellInput input, out string value, out RoundId quarter)
    {
        value = "";
        quarter = default;
        if (!Present(input)) return false;
        var listName = input.ListName ?? "";
        var text = Carried(input, input.Cell.Text);
        if (!FitsItsCell(input, text.Trim())) return false;
        if (_choices.TryRead(listName, text, out value, out quarter)) return true;
        Fail(input, $"{input.Label} must be {ChoiceLists.Describe(listName)} from the drop-down list; you entered '{input.Entered}'.");
        return false;
    }

    private decimal? Number(CellInput input, bool money)
    {
        if (!Present(input)) return null;
        var cell = input.Cell;
        var stored = cell.Kind == RawCellKind.Number;
        var value = 0m;
        var reading = stored ? NumberText.ReadStored(cell.Text, out value)
            : cell.Kind == RawCellKind.Text ? NumberText.ReadTyped(cell.Text, out value)
            : NumberReading.NotANumber;
        if (reading == NumberReading.NotANumber)
        {
            Fail(input, $"{input.Label} must be a number; you entered '{input.Entered}'.");
            return null;
        }
        var largest = money ? settings.MaxAmount : settings.MaxFigure;
        if (reading == NumberReading.TooLarge || Math.Abs(value) > largest)
        {
            Fail(input, money
                ? $"{input.Label} holds {input.Entered}, far more than any amount in a UKSPF return: one cell can hold at most {Figures.Money(largest)}. Check the cell for a typing or copying error and enter the amount in pounds."
                : $"{input.Label} holds {input.Entered}, far more than any figure in a UKSPF return: one cell can hold at most {Figures.Number(largest)}. Check the cell for a typing or copying error.");
            return null;
        }
        if (money && value < 0)
        {
            Fail(input, $"{input.Label} cannot be negative; you entered {Figures.Money(value)}. To correct an earlier figure, enter the right amount and give a correction reason.");
            return null;
        }
        if (!stored)
            log.Warning(input.Location, input.Entered,
                $"{input.Label} was typed as text ('{input.Entered}'); it was read as {(money ? Figures.Money(value) : Figures.Number(value))}. Please type numbers as numbers, without £ signs or commas, so that totals include them.");
        return value;
    }

    /// <summary>
    /// True when the cell holds a value to read; reports a blank required cell, an error value, and a formula whose
    /// result the file does not hold.
    /// </summary>
    private bool Present(CellInput input)
    {
        if (input.IsBlank)
        {
            if (input.Required) Require(input, $"{input.Label} is required but is blank.");
            return false;
        }
        if (input.Cell.Kind == RawCellKind.UncalculatedFormula)
        {
            // Its value is unknown, not nothing: never a silent 0 in a sum. Where the value matters, that is an error.
            var message = $"{input.Label} holds a formula whose result is not saved in the file, so it cannot be read. This happens when a file is saved "
                + $"by a program other than Excel: open the file in Excel and save it, or type {Expected(input.Type)} in place of the formula.";
            if (input.Required || input.Type == CellType.Money) Fail(input, message);
            else log.Warning(input.Location, input.Entered, message);
            return false;
        }
        if (input.Cell.Kind != RawCellKind.Error) return true;
        Fail(input, $"{input.Label} shows the error {input.Entered}; replace it with {Expected(input.Type)}.");
        return false;
    }

    /// <summary>
    /// The text with every character a workbook cannot carry replaced (they would break the feedback workbook and
    /// every screen that shows it), and a warning naming the first; the same string when there are none.
    /// </summary>
    private string Carried(CellInput input, string text)
    {
        var first = XmlCharacters.IndexOfUnusable(text);
        if (first < 0) return text;
        var named = XmlCharacters.Describe(text, first);
        var cleaned = XmlCharacters.Clean(text, out var replaced);
        var what = replaced == 1
            ? $"a character that cannot be kept in a workbook, {named}; it was"
            : $"{replaced} characters that cannot be kept in a workbook, the first {named}; they were";
        log.Warning(input.Location, Quoted.Shorten(cleaned),
            $"{input.Label} contains {what} replaced with {XmlCharacters.Replacement}. Such characters usually come with text copied from another system: check the text reads as you meant.");
        return cleaned;
    }

    /// <summary>True when the text is within the cell's length limit; reports it otherwise (storage could not hold it).</summary>
    private bool FitsItsCell(CellInput input, string text)
    {
        if (input.MaxLength is not { } limit || text.Length <= limit) return true;
        Fail(input, string.Create(CultureInfo.InvariantCulture, $"{input.Label} is {text.Length:N0} characters long, more than the {limit:N0} it can hold. Please shorten it."));
        return false;
    }

    private void Fail(CellInput input, string message) => log.Error(input.Location, input.Entered, input.Required ? WithDropNote(input, message) : message);

    private static string WithDropNote(CellInput input, string message) => input.DropNote is null ? message : $"{message} {input.DropNote}";

    private static string Expected(CellType type) => type switch
    {
        CellType.Money or CellType.Number => "a number",
        CellType.Date => "a date",
        CellType.Choice => "a value from the drop-down list",
        _ => "text",
    };
}
