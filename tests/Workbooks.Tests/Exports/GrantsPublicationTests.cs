using Ukspf.Workbooks.Exports;
using Xunit;

namespace Ukspf.Workbooks.Tests.Exports;

public class GrantsPublicationTests
{
    private static readonly GrantsPublication Publication = RealisticRound.Publication();

    private static Grant Of(string id) => Publication.Grants.Single(g => g.Id == id);

    [Fact]
    public void A_council_with_no_registered_org_id_is_named_by_ours_and_the_notes_say_so()
    {
        Assert.Equal("360G-ukspf-lla-E47000015", Of("360G-ukspf-E47000015-la-1").Funder.Id);
        Assert.Contains(Publication.Notes, n => n.Contains("Lancashire Combined County Authority (E47000015) has no registered org-id", StringComparison.Ordinal));
        Assert.DoesNotContain(Publication.Notes, n => n.Contains("Adur District Council (", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recipient_is_named_by_the_org_id_of_its_charity_or_company_number_else_by_ours()
    {
        Assert.Equal("GB-COH-01234567", Of("360G-ukspf-E07000223-ad-2").Recipient.Id);
        Assert.Equal("GB-SC-SC012345", Of("360G-ukspf-S12000049-gl-7").Recipient.Id);
        Assert.Equal("GB-COH-NI123456", Of("360G-ukspf-E47000015-la-1").Recipient.Id);
        Assert.Equal("360G-ukspf-org-kernow-learning", Of("360G-ukspf-E06000052-cw-1").Recipient.Id);
    }

    [Fact]
    public void A_project_the_council_delivers_itself_has_the_council_as_recipient()
    {
        Assert.Equal(new GrantOrganisation("GB-LAE-ADU", "Adur District Council"), Of("360G-ukspf-E07000223-ad-3").Recipient);
    }

    [Fact]
    public void A_project_with_nothing_spent_or_forecast_is_left_out_and_the_notes_say_so()
    {
        Assert.DoesNotContain(Publication.Grants, g => g.Id == "360G-ukspf-E07000223-ad-4");
        Assert.Contains(Publication.Notes, n => n.Contains("project AD-4 is left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_references_that_read_alike_get_identifiers_of_their_own()
    {
        var cornwall = Publication.Grants.Where(g => g.Funder.Name == "Cornwall Council").Select(g => g.Id).ToList();

        Assert.Equal(2, cornwall.Distinct().Count());
        Assert.StartsWith("360G-ukspf-E06000052-cw-1-", cornwall[1]);
    }

    [Fact]
    public void A_district_unitary_and_Scottish_council_get_their_geoCodeType_and_a_combined_authority_none()
    {
        Assert.Equal("NMD", Of("360G-ukspf-E07000223-ad-1").Location.GeoCodeType);
        Assert.Equal("UA", Of("360G-ukspf-E06000052-cw-1").Location.GeoCodeType);
        Assert.Equal("CA", Of("360G-ukspf-S12000049-gl-7").Location.GeoCodeType);
        Assert.Equal(new GrantLocation("Town centre", "E47000015", null), Of("360G-ukspf-E47000015-la-1").Location);
    }
}
