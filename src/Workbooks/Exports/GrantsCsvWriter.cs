using System.Globalization;

namespace Ukspf.Workbooks.Exports;

/// <summary>
/// Writes grants as a 360Giving flat grants file (CSV with the standard's column titles; the caller writes it as
/// UTF-8 without a byte-order mark, which the standard's flatten-tool would read into the first title). Text a
/// spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is written after a single
/// quote, in a quoted field, as OWASP's CSV-injection guidance says; identifiers, amounts and dates are ours and
/// written as they are.
/// </summary>
public static class GrantsCsvWriter
{
    /// <summary>The columns written, titled as the 360Giving flat format titles them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Amount Disbursed", "Award Date",
        "Planned Dates:Start Date", "Planned Dates:End Date", "Recipient Org:Identifier", "Recipient Org:Name",
        "Beneficiary Location:Name", "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type",
        "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code", "Grant Programme:Title", "Last modified", "Data Source",
    ];

    /// <summary>Writes the header and one row per grant.</summary>
    /// <param name="grants">The grants, as <see cref="GrantsPublication.Build"/> made them.</param>
    /// <param name="output">Receives the CSV.</param>
    public static void Write(IEnumerable<Grant> grants, TextWriter output)
    {
        WriteRow(output, Columns);
        foreach (var g in grants)
            WriteRow(output,
            [
                g.Id, Text(g.Title), Text(g.Description), Grant.Currency, Money(g.AmountAwarded), Money(g.AmountDisbursed), Date(g.AwardDate),
                Date(g.StartDate), Date(g.EndDate), g.Recipient.Id, Text(g.Recipient.Name),
                Text(g.Location.Name), g.Location.GeoCode ?? "", g.Location.GeoCodeType ?? "",
                g.Funder.Id, Text(g.Funder.Name), Text(g.ProgrammeCode), Text(g.ProgrammeTitle),
                g.Modified.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), g.DataSource.AbsoluteUri,
            ]);
    }

    /// <summary>
    /// Text as written: after a single quote when a spreadsheet would take it for a formula, so it shows as it was
    /// typed and runs nothing. <see cref="WriteRow"/> quotes every field that starts with a single quote.
    /// </summary>
    private static string Text(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text ?? "";

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

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
