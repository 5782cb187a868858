using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.ReferenceData;
using Ukspf.Domain.Rounds;
using Xunit;

namespace Ukspf.Domain.Tests.Allocations;

public class AllocationImportTests
{
    private static readonly DateOnly ImportDate = new(2026, 11, 25);

    [Fact]
    public void Reads_the_published_sample_columns_and_resolves_council_names_and_aliases()
    {
        var (allocations, problems) = Import(
            "lla_name,nation,financial_year,fund_line,budget_type,amount_gbp,note,source_url",
            "Adur District Council,England,2022-23,UKSPF core,RDEL,43494,,https://example.gov.uk/rdel",
            "Amber Valley,England,2024-25,UKSPF core,CDEL,\"1,445,757\",,https://example.gov.uk/cdel");

        Assert.Empty(problems);
        Assert.Collection(allocations,
            a => Assert.Equal(new Allocation("E07000223", new FinancialYear(2022), FundLine.Core, SpendType.Revenue, 43494m, "https://example.gov.uk/rdel", ImportDate), a),
            a => Assert.Equal(new Allocation("E07000032", new FinancialYear(2024), FundLine.Core, SpendType.Capital, 1445757m, "https://example.gov.uk/cdel", ImportDate), a));
    }

    [Fact]
    public void Councils_named_by_slug_gss_code_old_gss_code_or_name_are_all_imported_under_their_gss_codes()
    {
        var (allocations, problems) = Import(
            "lla_code,financial_year,fund_line,spend_type,amount,source,as_of",
            "adur,2025-26,core,revenue,1000,s,2025-04-01",
            "E07000224,2025-26,core,revenue,1000,s,2025-04-01",
            "E08000016,2025-26,core,revenue,1000,s,2025-04-01",
            "Allerdale Borough Council,2025-26,core,revenue,1000,s,2025-04-01",
            "Brighton and Hove City Council,2025-26,core,revenue,1000,s,2025-04-01");

        Assert.Empty(problems);
        Assert.Equal(["E07000223", "E07000224", "E08000038", "E06000063", "E06000043"], allocations.Select(a => a.LlaCode));
    }

    [Fact]
    public void Refuses_totals_that_cannot_be_split_and_multi_year_figures_row_by_row()
    {
        var (allocations, problems) = Import(
            "lla_name,financial_year,fund_line,budget_type,amount_gbp,source_url",
            "Plymouth,2022-25,UKSPF core,TOTAL,3131412,s",
            "Preston,2025-26,UKSPF core,TOTAL,2462651,s",
            "Preston,2025-26,UKSPF core,CDEL,316685,s");

        Assert.Single(allocations);
        Assert.Collection(problems,
            p => { Assert.Equal(2, p.Row); Assert.Contains("multi-year", p.Message); },
            p => { Assert.Equal(3, p.Row); Assert.Contains("cannot be split", p.Message); });
    }

    [Theory]
    [InlineData("atlantis,2025-26,core,capital,1000,s,2025-04-01", "not a lead local authority")]
    [InlineData("adur,2025-26,lottery,capital,1000,s,2025-04-01", "not a fund line")]
    [InlineData("adur,2025-26,core,capital,lots,s,2025-04-01", "not an amount")]
    [InlineData("adur,2025-26,core,capital,-5,s,2025-04-01", "not an amount")]
    [InlineData("adur,2025-26,core,capital,1000,s,01/04/2025", "yyyy-mm-dd")]
    public void Says_what_is_wrong_with_an_unusable_row(string row, string expected)
    {
        var (allocations, problems) = Import("lla_code,financial_year,fund_line,spend_type,amount,source,as_of", row);

        Assert.Empty(allocations);
        Assert.Contains(expected, Assert.Single(problems).Message);
    }

    [Fact]
    public void Refuses_an_amount_larger_than_any_amount_a_return_may_hold_so_programme_totals_cannot_overflow()
    {
        var (allocations, problems) = Import(
            "lla_code,financial_year,fund_line,spend_type,amount,source,as_of",
            "adur,2025-26,core,capital,70000000000000000000000000000,s,2025-04-01",
            "adur,2025-26,core,revenue,70000000000000000000000000000,s,2025-04-01");

        Assert.Empty(allocations);
        Assert.All(problems, p => Assert.Equal(
            "'70000000000000000000000000000' is more than any allocation can be: the largest amount accepted is £10,000,000,000.00. Check the amount is in pounds.", p.Message));
    }

    [Fact]
    public void Keeps_the_as_of_date_given_so_the_latest_reissue_wins()
    {
        var (allocations, _) = Import(
            "lla_code,financial_year,fund_line,spend_type,amount,source,as_of",
            "adur,2025-26,core,revenue,266745,first,2025-04-01",
            "adur,2025-26,core,revenue,270000,reissued,2025-09-01");

        Assert.Equal(270000m, new AllocationBook(allocations).Amount("E07000223", new FinancialYear(2025), SpendType.Revenue));
    }

    [Fact]
    public void A_file_without_the_needed_columns_is_one_problem_naming_them()
    {
        var (allocations, problems) = Import("council,money", "adur,1000");

        Assert.Empty(allocations);
        Assert.Contains("lla_code", Assert.Single(problems).Message);
    }

    private static (IReadOnlyList<Allocation> Allocations, IReadOnlyList<AllocationImportProblem> Problems) Import(params string[] lines) =>
        AllocationImport.Read(CsvTable.Read(new StringReader(string.Join("\n", lines))), CouncilRegister.Default, ImportDate);
}
