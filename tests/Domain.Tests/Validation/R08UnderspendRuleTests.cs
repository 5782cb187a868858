using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R08UnderspendRuleTests
{
    private readonly UnderspendRule _rule = new();

    [Fact]
    public void Passes_a_return_that_gives_underspend_and_reprofiling()
    {
        Assert.Empty(_rule.Check(ReturnBuilder.Valid().FromWorkbook()));
    }

    [Fact]
    public void Rejects_a_missing_forecast_underspend_and_reprofile_amount()
    {
        var ret = ReturnBuilder.Valid().WithProgramme(p => p with { ForecastUnderspendCapital = null, ReprofileAmount = null }).FromWorkbook();

        var findings = _rule.Check(ret);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal((RuleIds.Underspend, Severity.Error), (f.RuleId, f.Severity)));
        Assert.Equal($"Programme!{WorkbookContentBuilder.AddressOf("ForecastUnderspendCapital")}", findings[0].Location.ToString());
        Assert.Equal("Forecast underspend this year: capital (£) is needed in every return except the last of the year. Enter 0 if there is none.", findings[0].Message);
        Assert.Equal($"Programme!{WorkbookContentBuilder.AddressOf("ReprofileAmount")}", findings[1].Location.ToString());
    }

    [Fact]
    public void Does_not_ask_for_them_in_the_last_return_of_the_year()
    {
        var ret = ReturnBuilder.Valid(round: "2025-26-Q4").WithProgramme(p => p with { ForecastUnderspendCapital = null, ForecastUnderspendRevenue = null, ReprofileAmount = null }).Build();

        Assert.Empty(_rule.Check(ret));
    }
}
