namespace Ukspf.Bench.Workloads;

/// <summary>How big a generated return is: projects, and output and outcome lines per project. Spend is one line per project and quarter.</summary>
public sealed record ReturnShape(int Projects, int OutputsPerProject, int OutcomesPerProject)
{
    public int SpendLines => Projects * 4 + 4;

    public int OutputLines => Projects * OutputsPerProject;

    public int OutcomeLines => Projects * OutcomesPerProject;

    public override string ToString() =>
        $"{Projects:N0} projects, {SpendLines:N0} spend lines, {OutputLines:N0} output lines, {OutcomeLines:N0} outcome lines";
}
