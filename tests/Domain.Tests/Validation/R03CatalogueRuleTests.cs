using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R03CatalogueRuleTests
{
    private readonly CatalogueRule _rule = new();

    [Fact]
    public void Passes_interventions_indicators_and_units_of_the_catalogue()
    {
        Assert.Empty(_rule.Check(ReturnBuilder.Valid().FromWorkbook()));
    }

    [Theory]
    [InlineData("E99")]
    [InlineData("S1")]
    public void Rejects_an_intervention_that_does_not_exist_for_the_councils_nation(string code)
    {
        var ret = ReturnBuilder.Valid().WithProjectChanged("P1", p => p with { InterventionCode = code }).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret), f => f.Location.ToString() == "Projects!C5");

        Assert.Equal((RuleIds.Catalogue, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Equal(code, finding.Value);
        Assert.Contains($"Intervention '{code}' of project 'P1' is not a UKSPF intervention for England in 2025-26", finding.Message);
    }

    [Fact]
    public void Rejects_an_indicator_not_allowed_for_the_projects_intervention()
    {
        var ret = ReturnBuilder.Valid().WithOutputChanged("P1", "CP-O13", l => l with { IndicatorCode = "CP-O16" }).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal("Outputs!B5", finding.Location.ToString());
        Assert.Equal("CP-O16", finding.Value);
        Assert.Contains("cannot be reported for project 'P1', whose intervention is E1", finding.Message);
    }

    [Fact]
    public void Rejects_a_unit_other_than_the_indicators_own()
    {
        var ret = ReturnBuilder.Valid().WithOutputChanged("P1", "CP-O13", l => l with { Unit = "Number" }).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal("Outputs!C5", finding.Location.ToString());
        Assert.Contains("is measured in 'm2', not 'Number'", finding.Message);
    }

    [Fact]
    public void Rejects_an_outcome_indicator_on_the_outputs_sheet_and_an_unknown_indicator()
    {
        var ret = ReturnBuilder.Valid().WithOutput("P1", "CP-R01", 1m).WithOutput("P1", "XX-99", 1m, unit: "Number").FromWorkbook();

        var findings = _rule.Check(ret);

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Location.ToString() == "Outputs!B6" && f.Message.Contains("is an outcome, so it belongs on the Outcomes sheet"));
        Assert.Contains(findings, f => f.Location.ToString() == "Outputs!B7" && f.Message.StartsWith("'XX-99' is not a UKSPF indicator in 2025-26"));
    }

    [Fact]
    public void Rejects_spend_for_a_project_not_on_the_projects_sheet_but_accepts_management_and_administration()
    {
        var ret = ReturnBuilder.Valid().WithSpend("P9", "2025-26-Q1", capitalActual: 10m).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal("Spend!A13", finding.Location.ToString());
        Assert.Equal("P9", finding.Value);
        Assert.Contains("Project reference 'P9' on the Spend sheet is not on the Projects sheet", finding.Message);
    }
}
