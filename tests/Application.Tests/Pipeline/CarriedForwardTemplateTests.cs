using Ukspf.Application.Rounds;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Reading;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>From a council's second round on, its template starts from what it last had accepted.</summary>
public sealed class CarriedForwardTemplateTests
{
    private static readonly RoundId Q2 = RoundId.Parse("2025-26-Q2");

    private static CouncilReturn Read(byte[] xlsx)
    {
        var parsed = ReturnParser.Parse(new ReturnReader().Read(new MemoryStream(xlsx)));
        return parsed.Return ?? throw new InvalidOperationException(string.Join("\n", parsed.Findings.Select(f => f.Message)));
    }

    [Fact]
    public async Task A_round_opened_after_a_return_was_accepted_gives_a_template_that_reads_back_with_its_projects_and_figures()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.Get<OpenRound>().RunAsync(Q2.ToString(), new DateOnly(2025, 10, 31));
        var q2Return = ValidReturn.For(PipelineHarness.Adur, Q2);
        var accepted = await pipeline.IngestAsync("E07000223", "adur-q2.xlsx", await pipeline.FillAsync(q2Return), Q2.ToString());
        Assert.Equal(SubmissionStatus.Accepted, accepted.Status);

        await pipeline.Get<OpenRound>().RunAsync(PipelineHarness.RoundText, PipelineHarness.Deadline);
        var carried = Read(await pipeline.TemplateAsync("E07000223"));

        Assert.Equal(q2Return.Projects.Select(p => (p.Ref, p.Name, p.InterventionCode, p.Status)), carried.Projects.Select(p => (p.Ref, p.Name, p.InterventionCode, p.Status)));
        Assert.Equal(q2Return.Outputs.Select(l => (l.ProjectRef, l.IndicatorCode, l.CumulativeActual, l.Target)),
            carried.Outputs.Select(l => (l.ProjectRef, l.IndicatorCode, l.CumulativeActual, l.Target)));
        Assert.Equal(q2Return.Spend.Where(s => s.Quarter.CompareTo(Q2) <= 0).Sum(s => s.Actual), carried.Spend.Sum(s => s.Actual));
        // A council with nothing accepted gets a blank template.
        Assert.Empty(Read(await pipeline.TemplateAsync(PipelineHarness.Arun.Code)).Projects);
    }

    [Fact]
    public async Task The_carried_template_uploaded_unchanged_with_this_quarters_figures_is_accepted_with_no_cumulative_finding()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.Get<OpenRound>().RunAsync(Q2.ToString(), new DateOnly(2025, 10, 31));
        await pipeline.IngestAsync("E07000223", "adur-q2.xlsx", await pipeline.FillAsync(ValidReturn.For(PipelineHarness.Adur, Q2)), Q2.ToString());
        await pipeline.Get<OpenRound>().RunAsync(PipelineHarness.RoundText, PipelineHarness.Deadline);
        var carried = Read(await pipeline.TemplateAsync("E07000223"));
        var q3 = ValidReturn.For(PipelineHarness.Adur, PipelineHarness.Round);

        // What was carried stays as it is; the officer adds Q3's actuals, the programme answers and the sign-off.
        var update = carried with
        {
            Spend = [.. carried.Spend.Select(s => s.Quarter == PipelineHarness.Round ? q3.Spend.Single(x => x.ProjectRef == s.ProjectRef && x.Quarter == s.Quarter) : s)],
            Outputs = [.. carried.Outputs.Select(l => l with { Forecast = l.CumulativeActual })],
            Outcomes = [.. carried.Outcomes.Select(l => l with { Forecast = l.CumulativeActual })],
            Programme = q3.Programme,
            SignOff = q3.SignOff,
        };
        var result = await pipeline.IngestAsync("E07000223", "adur-q3.xlsx", await pipeline.FillAsync(update));

        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.Cumulative);
        Assert.Equal(0, result.Findings.Count(f => f.Severity == Severity.Error));
    }
}
