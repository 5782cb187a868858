using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Reconciliation;

/// <summary>Whether each council has returned, had a return accepted, and on time.</summary>
internal static class SubmissionChecks
{
    /// <summary>
    /// Missing and unaccepted returns are warnings until the deadline has passed (the council still has time) and
    /// errors after it.
    /// </summary>
    public static IEnumerable<ReconciliationFinding> Check(
        Council council, IReadOnlyList<SubmissionSummary> submissions, bool hasAcceptedReturn, Round round, DateOnly asOf)
    {
        var overdue = asOf > round.Deadline;
        var severity = overdue ? Severity.Error : Severity.Warning;
        var deadline = FindingText.Date(round.Deadline);

        if (!hasAcceptedReturn && submissions.Count == 0)
        {
            yield return new ReconciliationFinding(ReconciliationKinds.Missing, severity, council.Code, overdue
                ? $"{council.Name} has sent no return for {round.Id}; the deadline was {deadline}."
                : $"{council.Name} has not yet sent a return for {round.Id}; it is due by {deadline}.");
            yield break;
        }

        if (!hasAcceptedReturn)
        {
            var latest = submissions.MaxBy(s => s.ReceivedAt)!;
            var reason = string.IsNullOrWhiteSpace(latest.Reason) ? "" : $": {latest.Reason.Trim().TrimEnd('.')}";
            var outcome = latest.Status == SubmissionStatus.Failed ? "could not be processed" : "was rejected";
            yield return new ReconciliationFinding(ReconciliationKinds.NoneAccepted, severity, council.Code,
                $"None of {council.Name}'s {FindingText.Plural(submissions.Count, "return", "returns")} for {round.Id} was accepted; " +
                $"the latest, received {FindingText.Date(ReceivedOn(latest))}, {outcome}{reason}. " +
                (overdue ? $"The deadline was {deadline}." : $"It is due by {deadline}."));
            yield break;
        }

        // A council that had a return accepted by the deadline met it, even if it sent a correction afterwards.
        var firstAccepted = submissions
            .Where(s => s.Status is SubmissionStatus.Accepted or SubmissionStatus.Superseded)
            .MinBy(s => s.ReceivedAt);
        if (firstAccepted is null) yield break;
        var received = ReceivedOn(firstAccepted);
        if (received <= round.Deadline) yield break;
        var daysLate = received.DayNumber - round.Deadline.DayNumber;
        yield return new ReconciliationFinding(ReconciliationKinds.Late, Severity.Warning, council.Code,
            $"{council.Name}'s return for {round.Id} was received on {FindingText.Date(received)}, " +
            $"{FindingText.Plural(daysLate, "day", "days")} after the deadline of {deadline}.");
    }

    /// <summary>The calendar date of arrival as recorded, at the offset it was recorded with.</summary>
    private static DateOnly ReceivedOn(SubmissionSummary submission) => DateOnly.FromDateTime(submission.ReceivedAt.DateTime);
}
