using System.Buffers;
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
        var row = new Row(output);
        foreach (var column in Columns) row.Field(column);
        row.End();
        foreach (var g in grants)
        {
            row.Field(g.Id); row.Text(g.Title); row.Text(g.Description); row.Field(Grant.Currency);
            row.Money(g.AmountAwarded); row.Money(g.AmountDisbursed); row.Date(g.AwardDate);
            row.Date(g.StartDate); row.Date(g.EndDate); row.Field(g.Recipient.Id); row.Text(g.Recipient.Name);
            row.Text(g.Location.Name); row.Field(g.Location.GeoCode); row.Field(g.Location.GeoCodeType);
            row.Field(g.Funder.Id); row.Text(g.Funder.Name); row.Text(g.ProgrammeCode); row.Text(g.ProgrammeTitle);
            row.Modified(g.Modified); row.Field(g.DataSource.AbsoluteUri);
            row.End();
        }
    }

    /// <summary>
    /// One row at a time, each field written to the output as it comes: amounts and dates are formatted into a
    /// buffer on the stack, and a quoted field is written in pieces, so a row makes no strings of its own.
    /// </summary>
    private sealed class Row(TextWriter output)
    {
        /// <summary>What makes a field need quotes: a comma, a quote or a line break in it.</summary>
        private static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",\"\n\r");

        private bool _first = true;

        /// <summary>
        /// Text as written: after a single quote when a spreadsheet would take it for a formula, so it shows as it was
        /// typed and runs nothing. A field that starts with a single quote is always quoted.
        /// </summary>
        public void Text(string? text)
        {
            if (text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') Quoted("'", text);
            else Field(text);
        }

        public void Money(decimal amount)
        {
            Span<char> text = stackalloc char[64];
            Field(amount.TryFormat(text, out var length, "0.00", CultureInfo.InvariantCulture) ? text[..length] : amount.ToString("0.00", CultureInfo.InvariantCulture));
        }

        public void Date(DateOnly? date)
        {
            Span<char> text = stackalloc char[16];
            Field(date is { } d && d.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture) ? text[..length] : default);
        }

        public void Modified(DateTimeOffset modified)
        {
            Span<char> text = stackalloc char[32];
            Field(modified.TryFormat(text, out var length, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ? text[..length] : modified.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        public void Field(ReadOnlySpan<char> field)
        {
            if (field.ContainsAny(NeedQuotes) || field.StartsWith('\'')) Quoted("", field);
            else Separated(field);
        }

        public void End()
        {
            output.Write("\r\n");
            _first = true;
        }

        /// <summary>In quotes, with every quote in it doubled.</summary>
        private void Quoted(string prefix, ReadOnlySpan<char> field)
        {
            Separated("\"");
            output.Write(prefix);
            for (var quote = field.IndexOf('"'); quote >= 0; quote = field.IndexOf('"'))
            {
                output.Write(field[..(quote + 1)]);
                output.Write('"');
                field = field[(quote + 1)..];
            }
            output.Write(field);
            output.Write('"');
        }

        private void Separated(ReadOnlySpan<char> text)
        {
            if (!_first) output.Write(',');
            _first = false;
            output.Write(text);
        }
    }
}
