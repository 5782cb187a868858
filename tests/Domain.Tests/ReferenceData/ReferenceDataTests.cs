using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Xunit;

namespace Ukspf.Domain.Tests.ReferenceData;

public class ReferenceDataTests
{
    private static readonly FinancialYear Year = new(2025);

    [Fact]
    public void The_catalogue_holds_englands_forty_one_interventions_in_their_priorities()
    {
        var england = Domain.Catalogue.Catalogue.Default.InterventionsFor(Nation.England, Year).ToList();

        Assert.Equal(41, england.Count);
        Assert.Equal(InvestmentPriority.CommunitiesAndPlace, england.Single(i => i.Code == "E15").Priority);
        Assert.Equal(InvestmentPriority.SupportingLocalBusiness, england.Single(i => i.Code == "E16").Priority);
        Assert.Equal(InvestmentPriority.PeopleAndSkills, england.Single(i => i.Code == "E33").Priority);
    }

    [Fact]
    public void Interventions_are_looked_up_by_nation_and_year()
    {
        var catalogue = Domain.Catalogue.Catalogue.Default;

        Assert.NotNull(catalogue.FindIntervention("e1", Nation.England, Year));
        Assert.Null(catalogue.FindIntervention("E1", Nation.Wales, Year));
        Assert.NotNull(catalogue.FindIntervention("W1", Nation.Wales, Year));
        Assert.Null(catalogue.FindIntervention("W44", Nation.Wales, Year)); // Multiply ended in 2024-25
        Assert.NotNull(catalogue.FindIntervention("W44", Nation.Wales, new FinancialYear(2024)));
    }

    [Fact]
    public void Every_indicator_of_the_shared_list_is_loaded_and_percentages_are_never_summable()
    {
        var indicators = Domain.Catalogue.Catalogue.Default.Indicators;

        Assert.Equal(69, indicators.Count);
        Assert.Equal(indicators.Count, indicators.Select(i => i.Code).Distinct().Count());
        Assert.All(indicators.Where(i => i.Unit == IndicatorUnit.Percent), i => Assert.False(i.Summable));
        Assert.Equal(IndicatorUnit.Fte, indicators.Single(i => i.Title == "Jobs created").Unit);
    }

    [Fact]
    public void An_indicator_with_listed_interventions_is_allowed_only_under_them()
    {
        var catalogue = Domain.Catalogue.Catalogue.Default;
        var floorspace = catalogue.Indicators.Single(i => i.Title == "Amount of commercial floorspace created or improved");

        Assert.True(floorspace.AllowedFor(catalogue.FindIntervention("E1", Nation.England, Year)!));
        Assert.False(floorspace.AllowedFor(catalogue.FindIntervention("E3", Nation.England, Year)!));
    }

    [Fact]
    public void Councils_are_found_by_code_name_or_published_alias_and_successions_are_followed()
    {
        var register = CouncilRegister.Default;

        Assert.Equal("E07000223", register.FindByName("Adur District Council")!.Code);
        Assert.Equal(Nation.Wales, register.FindByName("North Wales (regional LLA)")!.Nation);
        Assert.Equal("E07000120", register.HolderIn("E07000120", new FinancialYear(2024)));
        Assert.Equal("E47000018", register.HolderIn("hyndburn", Year));
    }
}
