using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.ReferenceData;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Workbooks.Exports;
using Xunit;

namespace Ukspf.Workbooks.Tests.Exports;

public class GrantsCsvWriterTests
{
    private static readonly Round Round = new(RoundId.Parse("2025-26-Q3"), new DateOnly(2026, 1, 30), true, FundingPeriod.For(new FinancialYear(2025)));
    private static readonly Council Adur = new("adur", "Adur", Nation.England);

    [Fact]
    public void Every_column_is_a_360Giving_flat_format_column()
    {
        var standard = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Exports", "360giving-grants-columns.csv")).Trim().Split(',');

        Assert.Empty(GrantsCsvWriter.Columns.Except(standard));
    }

    [Fact]
    public void Writes_one_grant_per_project_with_the_council_as_funder_and_exact_amounts()
    {
        var ret = ReturnWith(
            new ReturnProject("AD-1", "High Street, phase 2", "E1", ProjectStatus.Live, null, new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), "Adur Council", "BN43"),
            [Spend("AD-1", 1, actual: 1000.10m), Spend("AD-1", 2, actual: 2000.20m), Spend("AD-1", 4, forecast: 500m), Spend(SpendLine.ManagementAndAdministration, 1, actual: 99m)]);

        var rows = Write(ret);

        var row = Assert.Single(rows.Rows);
        Assert.Equal("360G-ukspf-adur-ad-1", rows.Get(row, "Identifier"));
        Assert.Equal("High Street, phase 2", rows.Get(row, "Title"));
        Assert.Equal("3500.30", rows.Get(row, "Amount Awarded"));
        Assert.Equal("3000.30", rows.Get(row, "Amount Disbursed"));
        Assert.Equal("GBP", rows.Get(row, "Currency"));
        Assert.Equal("360G-ukspf-lla-adur", rows.Get(row, "Funding Org:Identifier"));
        Assert.Equal("Adur", rows.Get(row, "Funding Org:Name"));
        Assert.Equal("E1", rows.Get(row, "Grant Programme:Code"));
        Assert.Equal("Improvements to town centres and high streets", rows.Get(row, "Grant Programme:Title"));
        Assert.Equal("2025-04-01", rows.Get(row, "Planned Dates:Start Date"));
        Assert.Equal("BN43", rows.Get(row, "Beneficiary Location:Name"));
    }

    [Fact]
    public void Quotes_fields_that_hold_commas_and_quotes()
    {
        var ret = ReturnWith(new ReturnProject("AD-2", "The \"Hub\", Shoreham", "E11", ProjectStatus.Live, null, null, null, null, null), []);

        var rows = Write(ret);

        Assert.Equal("The \"Hub\", Shoreham", rows.Get(rows.Rows[0], "Title"));
        Assert.Equal("0.00", rows.Get(rows.Rows[0], "Amount Awarded"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.test/x\",\"Click\")")]
    [InlineData("@SUM(1+1)")]
    [InlineData("+44 20 7946 0000")]
    [InlineData("-2+3")]
    [InlineData("\tcmd")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_written_after_a_single_quote_in_a_quoted_field(string text)
    {
        var ret = ReturnWith(new ReturnProject("AD-3", text, "E1", ProjectStatus.Live, null, null, null, text, text), []);

        var csv = WriteText(ret);
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
        var ret = ReturnWith(new ReturnProject("AD-4", "Hall", "=cmd|' /C calc'!A0", ProjectStatus.Live, null, null, null, null, null), []);

        var rows = Write(ret);

        Assert.StartsWith("'=cmd", rows.Get(rows.Rows[0], "Description"));
        Assert.StartsWith("'=cmd", rows.Get(rows.Rows[0], "Grant Programme:Code"));
    }

    [Fact]
    public void A_text_starting_with_a_carriage_return_is_neutralised_and_quoted()
    {
        var ret = ReturnWith(new ReturnProject("AD-5", "\r=1+1", "E1", ProjectStatus.Live, null, null, null, null, null), []);

        var csv = WriteText(ret);

        Assert.Contains(",\"'\r=1+1\",", csv);
    }

    [Fact]
    public void A_negative_amount_stays_a_number()
    {
        var ret = ReturnWith(
            new ReturnProject("AD-6", "Correction", "E1", ProjectStatus.Live, null, null, null, null, null),
            [Spend("AD-6", 1, actual: -150m)]);

        var csv = WriteText(ret);
        var rows = CsvTable.Read(new StringReader(csv));

        Assert.Equal("-150.00", rows.Get(rows.Rows[0], "Amount Disbursed"));
        Assert.Equal("-150.00", rows.Get(rows.Rows[0], "Amount Awarded"));
        Assert.Contains(",-150.00,-150.00,", csv);
    }

    private static string WriteText(CouncilReturn ret)
    {
        using var text = new StringWriter();
        GrantsCsvWriter.Write(Round, [(Adur, ret)], Catalogue.Default, new DateOnly(2026, 2, 2), text);
        return text.ToString();
    }

    private static CsvTable Write(CouncilReturn ret)
    {
        using var text = new StringWriter();
        GrantsCsvWriter.Write(Round, [(Adur, ret)], Catalogue.Default, new DateOnly(2026, 2, 2), text);
        return CsvTable.Read(new StringReader(text.ToString()));
    }

    private static SpendLine Spend(string project, int quarter, decimal actual = 0m, decimal forecast = 0m) =>
        new(project, new RoundId(new FinancialYear(2025), PeriodKind.Quarter, quarter), 0m, actual, 0m, forecast);

    private static CouncilReturn ReturnWith(ReturnProject project, IReadOnlyList<SpendLine> spend) => new(
        new ReturnMetadata("UKSPF-Return-1.0", "2025-26-Q3", "adur"), [project], spend, [], [], null,
        new ProgrammeAnswers(Rag.Green, Rag.Green, "On track.", null, 0m, 0m, 0m), new SignOff("A", "Section 151 officer", null));
}
