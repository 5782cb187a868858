using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R01CouncilAndRoundRuleTests
{
    private readonly CouncilAndRoundRule _rule = new();

    [Fact]
    public void Passes_a_return_uploaded_by_its_own_council_into_its_open_round()
    {
        Assert.Empty(_rule.Check(ReturnBuilder.Valid().Build()));
    }

    [Theory]
    [InlineData("adur")]
    [InlineData("Adur District Council")]
    public void Passes_a_workbook_that_names_its_council_by_slug_or_name_when_uploaded_under_its_gss_code(string named)
    {
        var ret = ReturnBuilder.Valid(llaCode: named).Build();

        Assert.Empty(_rule.Check(ret, c => c.UploadedBy("E07000223")));
    }

    [Fact]
    public void Rejects_return_for_another_council_naming_both()
    {
        var ret = ReturnBuilder.Valid().Build();

        var finding = Assert.Single(_rule.Check(ret, c => c.UploadedBy("E07000224")));

        Assert.Equal(RuleIds.Template, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(TemplateSchema.Sheets.Start, finding.Location.Sheet);
        Assert.Equal("E07000223", finding.Value);
        Assert.Contains("'E07000223'", finding.Message);
        Assert.Contains("Arun (E07000224)", finding.Message);
    }

    [Fact]
    public void Rejects_a_workbook_for_another_round()
    {
        var ret = ReturnBuilder.Valid().WithMetadata(round: "2025-26-Q1").Build();

        var finding = Assert.Single(_rule.Check(ret, c => c.IntoRound("2025-26-Q2")));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("template for '2025-26-Q1'", finding.Message);
        Assert.Contains("uploaded to the 2025-26-Q2 round", finding.Message);
    }

    [Fact]
    public void Rejects_a_return_for_a_closed_round()
    {
        var finding = Assert.Single(_rule.Check(ReturnBuilder.Valid().Build(), c => c.WithRoundClosed()));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("2025-26-Q2", finding.Value);
        Assert.StartsWith("The 2025-26-Q2 round is closed", finding.Message);
    }

    [Fact]
    public void Rejects_a_return_uploaded_to_a_round_that_does_not_exist()
    {
        var finding = Assert.Single(_rule.Check(ReturnBuilder.Valid().Build(), c => c.WithRound(null)));

        Assert.Contains("has not been set up", finding.Message);
    }

    [Fact]
    public void Rejects_an_upload_by_a_council_the_fund_does_not_know()
    {
        var ret = ReturnBuilder.Valid(llaCode: "atlantis").Build();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal("atlantis", finding.Value);
        Assert.Contains("not a council known to the fund", finding.Message);
    }
}
