namespace Ukspf.Bench.Report;

/// <summary>A target of the issue, the ratio (or share) measured for it in this run, and whether it was met.</summary>
/// <param name="Target">What is compared, e.g. "ours / floor, warm".</param>
/// <param name="Limit">The bound; null for a figure the issue wants reported beside the targets with no bound.</param>
/// <param name="AtMost">True when the measured value must be at most the limit, false when at least.</param>
/// <param name="Measured">The ratio of medians measured in this run.</param>
/// <param name="Best">The ratio of the fastest runs, to show how much of a miss or a pass is noise.</param>
public sealed record TargetCheck(string Target, double? Limit, bool AtMost, double Measured, double? Best = null)
{
    public bool Met => Limit is not { } limit || (AtMost ? Measured <= limit : Measured >= limit);
}
