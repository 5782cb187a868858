using Xunit;
using Ukspf.Domain.Councils;
using Ukspf.Domain.ReferenceData;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Tests.Councils;

public class CouncilRegisterTests
{
    private static readonly CouncilRegister Register = CouncilRegister.Default;

    [Fact]
    public void The_register_holds_the_387_current_councils_of_great_britain_each_under_its_own_gss_code()
    {
        var councils = Register.Councils.Where(c => c.Nation != Nation.NorthernIreland).ToList();

        Assert.Equal(387, councils.Count);
        Assert.Equal(councils.Count, councils.Select(c => c.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(councils, c => Assert.True(CouncilCode.IsGss(c.Code), c.Code));
        Assert.Equal(14, councils.Count(c => c.OrgId is null));
    }

    [Fact]
    public void Every_council_has_a_slug_of_its_own()
    {
        var slugs = Register.Councils.Select(c => c.Slug).ToList();

        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.All(Register.Councils, c => Assert.Same(c, Register.Find(c.Slug)));
    }

    [Fact]
    public void A_council_carries_its_gss_code_short_and_official_names_kind_and_org_id()
    {
        var adur = Register.Find("E07000223")!;

        Assert.Equal(new Council("E07000223", "Adur", Nation.England, "Non-metropolitan district", "GB-LAE-ADU", "Adur District Council"), adur);
        Assert.Equal("adur", adur.Slug);
        Assert.Null(Register.Find("E47000018")!.OrgId);
    }

    [Fact]
    public void Every_slug_of_the_register_before_gss_codes_still_finds_its_council()
    {
        var old = ReadOldSlugs();

        Assert.Equal(42, old.Rows.Count);
        Assert.All(old.Rows, r =>
        {
            Assert.Equal(old.Get(r, "gss_code"), Register.Find(old.Get(r, "slug"))?.Code);
            Assert.Equal(old.Get(r, "gss_code"), Register.KeyOf(" " + old.Get(r, "slug").ToUpperInvariant()));
            Assert.Equal(old.Get(r, "gss_code"), Register.FindByName(old.Get(r, "old_name"))?.Code);
        });
    }

    [Theory]
    [InlineData("Adur District Council", "E07000223")]
    [InlineData("adur", "E07000223")]
    [InlineData("e07000223", "E07000223")]
    [InlineData("North Wales (regional LLA)", "W06000002")]
    [InlineData("Lancashire Combined County Authority", "E47000018")]
    public void A_council_is_found_by_its_code_slug_name_official_name_or_alias(string text, string code) =>
        Assert.Equal(code, Register.FindByName(text)?.Code);

    [Theory]
    [InlineData("E07000026", "E06000063")]
    [InlineData("Allerdale Borough Council", "E06000063")]
    [InlineData("allerdale", "E06000063")]
    [InlineData("E08000016", "E08000038")]
    [InlineData("E08000019", "E08000039")]
    [InlineData("E07000190", "E06000066")]
    [InlineData("Taunton Deane Borough Council", "E06000066")]
    public void An_abolished_council_or_replaced_code_finds_the_council_that_succeeded_it(string text, string successor)
    {
        Assert.Equal(successor, Register.FindByName(text)?.Code);
        Assert.Equal(successor, Register.KeyOf(text));
    }

    [Fact]
    public void An_old_code_finds_its_successor_by_find_as_well_as_by_name() =>
        Assert.Equal("E08000038", Register.Find("E08000016")?.Code);

    [Fact]
    public void A_council_whose_area_was_split_finds_no_single_successor_and_keeps_its_own_code()
    {
        Assert.Null(Register.Find("E10000006"));
        Assert.Equal("E10000006", Register.KeyOf(" e10000006 "));
    }

    [Fact]
    public void Hyndburns_allocation_passes_to_the_lancashire_combined_county_authority_from_2025_26()
    {
        Assert.Equal("E07000120", Register.HolderIn("E07000120", new FinancialYear(2024)));
        Assert.Equal("E47000018", Register.HolderIn("E07000120", new FinancialYear(2025)));
        Assert.Equal("E47000018", Register.HolderIn("hyndburn", new FinancialYear(2025)));
    }

    private static CsvTable ReadOldSlugs()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Councils", "old-slugs.csv"));
        return CsvTable.Read(reader);
    }
}
