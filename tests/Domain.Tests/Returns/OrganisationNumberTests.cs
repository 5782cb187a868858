using Ukspf.Domain.Returns;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

public class OrganisationNumberTests
{
    [Theory]
    [InlineData("1123456", "GB-CHC-1123456")]
    [InlineData("202918", "GB-CHC-202918")]
    [InlineData("sc012345", "GB-SC-SC012345")]
    [InlineData("NIC100123", "GB-NIC-100123")]
    [InlineData("100123", "GB-NIC-100123")]
    [InlineData("01234567", "GB-COH-01234567")]
    [InlineData("NI 123456", "GB-COH-NI123456")]
    public void A_charity_or_company_number_of_a_known_form_becomes_its_org_id(string number, string orgId)
    {
        Assert.True(OrganisationNumbers.TryOrgId(number, out var found));
        Assert.Equal(orgId, found);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("123456789")]
    [InlineData("SC12345")]
    [InlineData("Reg. charity")]
    public void A_number_of_no_known_form_has_no_org_id(string number) => Assert.False(OrganisationNumbers.TryOrgId(number, out _));

    [Fact]
    public void The_parser_keeps_a_well_formed_number_and_warns_of_a_malformed_one_in_plain_words()
    {
        var valid = ReturnBuilder.Valid().Build();
        var first = valid.Projects[0] with { OrganisationNumber = "1123456" };
        var second = valid.Projects.Count > 1 ? valid.Projects[1] with { OrganisationNumber = "12-34" } : first with { Ref = first.Ref + "-B", OrganisationNumber = "12-34" };
        var ret = valid with { Projects = [first, second, .. valid.Projects.Skip(2)] };

        var parsed = ReturnParser.Parse(WorkbookContentBuilder.From(ret).Build());

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(("R02", Severity.Warning, "12-34"), (finding.RuleId, finding.Severity, finding.Value));
        Assert.Contains("does not look like a charity or company number", finding.Message);
        Assert.Equal("1123456", parsed.Return!.Projects[0].OrganisationNumber);
        Assert.Null(parsed.Return.Projects[1].OrganisationNumber);
    }
}
