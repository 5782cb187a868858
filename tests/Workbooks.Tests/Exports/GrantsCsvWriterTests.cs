using System.Text;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.ReferenceData;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Workbooks.Exports;
using Xunit;

namespace Ukspf.Workbooks.Tests.Exports;

public class GrantsCsvWriterTests
{
    [Fact]
    public void Every_column_is_a_title_of_the_360Giving_flat_format()
    {
        var standard = StandardFiles.Csv("grants-columns.csv").Header;

        Assert.Empty(GrantsCsvWriter.Columns.Except(standard));
    }

    [Fact]
    public void The_file_starts_with_the_first_title_and_no_byte_order_mark()
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
            GrantsCsvWriter.Write(RealisticRound.Publication().Grants, writer);

        Assert.Equal("Identifier"u8.ToArray(), stream.ToArray()[..10]);
    }

    [Fact]
    public void Writes_one_row_per_grant_with_org_ids_geographic_codes_a_date_time_and_a_source_uri()
    {
        var rows = CsvTable.Read(new StringReader(WriteText(RealisticRound.Publication().Grants)));

        Assert.Equal(7, rows.Rows.Count);
        var row = rows.Rows.Single(r => rows.Get(r, "Identifier") == "360G-ukspf-E07000223-ad-1");
        Assert.Equal("High Street, phase 2", rows.Get(row, "Title"));
        Assert.Equal("12500.50", rows.Get(row, "Amount Awarded"));
        Assert.Equal("12500.50", rows.Get(row, "Amount Disbursed"));
        Assert.Equal("GBP", rows.Get(row, "Currency"));
        Assert.Equal("2025-05-01", rows.Get(row, "Award Date"));
        Assert.Equal("GB-CHC-1123456", rows.Get(row, "Recipient Org:Identifier"));
        Assert.Equal("GB-LAE-ADU", rows.Get(row, "Funding Org:Identifier"));
        Assert.Equal("E07000223", rows.Get(row, "Beneficiary Location:Geographic Code"));
        Assert.Equal("NMD", rows.Get(row, "Beneficiary Location:Geographic Code Type"));
        Assert.Equal("2026-02-02T01:30:00+00:00", rows.Get(row, "Last modified"));
        Assert.Equal(RealisticRound.Source.AbsoluteUri, rows.Get(row, "Data Source"));
        Assert.Equal("Improvements to town centres and high streets", rows.Get(row, "Grant Programme:Title"));
    }

    [Fact]
    public void Quotes_fields_that_hold_commas_and_quotes()
    {
        var rows = CsvTable.Read(new StringReader(WriteText(One("The \"Hub\", Shoreham", "E11", null, null))));

        Assert.Equal("The \"Hub\", Shoreham", rows.Get(rows.Rows[0], "Title"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.test/x\",\"Click\")")]
    [InlineData("@SUM(1+1)")]
    [InlineData("+44 20 7946 0000")]
    [InlineData("-2+3")]
    [InlineData("\tcmd")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_written_after_a_single_quote_in_a_quoted_field(string text)
    {
        var csv = WriteText(One(text, "E1", text, text));
        var rows = CsvTable.Read(new StringReader(csv));

        var row = Assert.Single(rows.Rows);
        Assert.Equal("'" + text, rows.Get(row, "Title"));
        Assert.Equal("'" + text, rows.Get(row, "Recipient Org:Name"));
        Assert.Equal("'" + text, rows.Get(row, "Beneficiary Location:Name"));
        Assert.Contains("\"'" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", csv);
    }

    [Fact]
    public void A_description_that_would_start_with_a_formula_character_is_neutralised_too()
    {
        var rows = CsvTable.Read(new StringReader(WriteText(One("Hall", "=cmd|' /C calc'!A0", null, null))));

        Assert.StartsWith("'=cmd", rows.Get(rows.Rows[0], "Description"));
        Assert.StartsWith("'=cmd", rows.Get(rows.Rows[0], "Grant Programme:Code"));
    }

    [Fact]
    public void A_text_starting_with_a_carriage_return_is_neutralised_and_quoted()
    {
        Assert.Contains(",\"'\r=1+1\",", WriteText(One("\r=1+1", "E1", null, null)));
    }

    private static string WriteText(IEnumerable<Grant> grants)
    {
        using var text = new StringWriter();
        GrantsCsvWriter.Write(grants, text);
        return text.ToString();
    }

    private static IReadOnlyList<Grant> One(string name, string intervention, string? organisation, string? area)
    {
        var project = new ReturnProject("AD-9", name, intervention, ProjectStatus.Live, null, null, null, organisation, area);
        var ret = new CouncilReturn(new ReturnMetadata("UKSPF-Return-1.0", "2025-26-Q3", RealisticRound.Adur.Code), [project],
            [new SpendLine("AD-9", new RoundId(new FinancialYear(2025), PeriodKind.Quarter, 1), 0m, 100m, 0m, 0m)], [], [], null,
            new ProgrammeAnswers(Rag.Green, Rag.Green, "On track.", null, 0m, 0m, 0m), new SignOff("A", "Section 151 officer", null));
        return GrantsPublication.Build(RealisticRound.Round, [(RealisticRound.Adur, ret)], Catalogue.Default, RealisticRound.Published, RealisticRound.Source).Grants;
    }
}
