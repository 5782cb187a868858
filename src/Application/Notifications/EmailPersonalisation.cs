using System.Globalization;
using Ukspf.Application.Ingest;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;

namespace Ukspf.Application.Notifications;

/// <summary>
/// The placeholders the Notify templates use, named once, and their values in plain English. A template may use
/// any of its email's placeholders; Notify refuses a send whose template has a placeholder not given here.
/// </summary>
public static class EmailPersonalisation
{
    /// <summary>The council's name, e.g. "Adur".</summary>
    public const string Council = "council";

    /// <summary>The round, e.g. "2025-26-Q3".</summary>
    public const string Round = "round";

    /// <summary>"yes" when the return was accepted, else "no": for the template's optional content, ((accepted??...)).</summary>
    public const string Accepted = "accepted";

    /// <summary>One or two sentences: what became of the return, or when the deadline is.</summary>
    public const string Summary = "summary";

    /// <summary>The main reason a return was not accepted; empty when it was.</summary>
    public const string Reason = "reason";

    /// <summary>The first findings, one bullet ("* ") a line: rule, sheet, cell, what was there, and what to do.</summary>
    public const string Findings = "findings";

    /// <summary>How many findings the email leaves out, as a sentence; empty when it lists them all.</summary>
    public const string MoreFindings = "more_findings";

    /// <summary>Where the feedback workbook is.</summary>
    public const string Feedback = "feedback";

    /// <summary>The deadline, e.g. "Friday 30 January 2026".</summary>
    public const string Deadline = "deadline";

    /// <summary>The time left, e.g. "7 days", "1 day" or "today".</summary>
    public const string DaysLeft = "days_left";

    /// <summary>Where to upload the return.</summary>
    public const string Upload = "upload";

    /// <summary>The placeholders of the return-processed email.</summary>
    public static IReadOnlyList<string> ReturnProcessedPlaceholders { get; } = [Council, Round, Accepted, Summary, Reason, Findings, MoreFindings, Feedback];

    /// <summary>The placeholders of the reminder email.</summary>
    public static IReadOnlyList<string> ReminderPlaceholders { get; } = [Council, Round, Summary, Deadline, DaysLeft, Upload];

    // A value longer than this is cut short in the email: the feedback workbook has it whole.
    private const int MaxValueLength = 60;

    /// <summary>The values of the return-processed email.</summary>
    /// <param name="result">What the ingest returned.</param>
    /// <param name="round">The round.</param>
    /// <param name="councilName">The council's name as councils write it.</param>
    /// <param name="options">How many findings to list, and the portal's address if there is one.</param>
    public static Dictionary<string, object> ForReturn(IngestResult result, RoundId round, string councilName, NotifyOptions options)
    {
        var accepted = result.Status == SubmissionStatus.Accepted;
        var errors = result.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = result.Findings.Count - errors;
        var listed = result.Findings.Take(Math.Max(0, options.FindingsInEmail)).ToList();
        var left = result.Findings.Count - listed.Count;
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Council] = councilName,
            [Round] = round.ToString(),
            [Accepted] = accepted ? "yes" : "no",
            [Summary] = ReturnSummary(result.Status, councilName, round, errors, warnings),
            [Reason] = accepted ? "" : result.Reason ?? "",
            [Findings] = string.Join("\n", listed.Select(Line)),
            [MoreFindings] = left == 0 ? "" : $"There {(left == 1 ? "is 1 more finding" : $"are {left} more findings")} in the feedback workbook.",
            [Feedback] = options.PortalUrl is { Length: > 0 } portal
                ? $"Sign in to {portal} to see every finding and download the feedback workbook."
                : $"The feedback workbook, with every finding marked on your return, is {StorageNames.FeedbackContainer}/{result.FeedbackBlob} in the returns storage.",
        };
    }

    /// <summary>The values of the reminder email.</summary>
    /// <param name="reminder">The round, council and day.</param>
    /// <param name="councilName">The council's name as councils write it.</param>
    /// <param name="options">The portal's address if there is one.</param>
    public static Dictionary<string, object> ForReminder(DeadlineReminder reminder, string councilName, NotifyOptions options)
    {
        var round = reminder.Round.Id.ToString();
        var deadline = reminder.Round.Deadline.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var left = reminder.DaysLeft switch { 0 => "today", 1 => "1 day", var n => $"{n} days" };
        var when = reminder.DaysLeft == 0 ? "today" : $"in {left}";
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Council] = councilName,
            [Round] = round,
            [Summary] = $"The UK Shared Prosperity Fund return for {councilName} for round {round} is due by {deadline}, {when}. " +
                "We have not yet accepted a return from you for this round.",
            [Deadline] = deadline,
            [DaysLeft] = left,
            [Upload] = options.PortalUrl is { Length: > 0 } portal
                ? $"Sign in to {portal} to download your pre-filled template and upload your return."
                : $"Upload your return into {StorageNames.InboxContainer}/{round}/{reminder.CouncilCode}/ in the returns storage.",
        };
    }

    private static string ReturnSummary(SubmissionStatus status, string council, RoundId round, int errors, int warnings)
    {
        var subject = $"Your return for {council} for round {round}";
        return status switch
        {
            SubmissionStatus.Accepted when warnings == 0 => $"{subject} has been accepted, and its figures now count.",
            SubmissionStatus.Accepted => $"{subject} has been accepted, and its figures now count. It has {Count(warnings, "warning")} to check: " +
                "they do not stop it counting, but they may show a mistake.",
            SubmissionStatus.Superseded => $"{subject} passed its checks, but a version received after it had already been accepted, so this one is kept as history.",
            _ when errors == 0 => $"{subject} has not been accepted. Upload it again when you have fixed what the reason says.",
            _ => $"{subject} has not been accepted: it has {Count(errors, "error")} to fix. Fix them and upload the return again.",
        };
    }

    private static string Line(Finding finding)
    {
        var where = finding.Location == CellLocation.Workbook ? "the workbook"
            : finding.Location.Cell is { } cell ? $"{finding.Location.Sheet} sheet, cell {cell}"
            : $"{finding.Location.Sheet} sheet";
        var found = string.IsNullOrWhiteSpace(finding.Value) ? "" : $" (you entered \"{Shorten(finding.Value)}\")";
        var kind = finding.Severity == Severity.Error ? "Error" : "Warning";
        return $"* {kind} {finding.RuleId}, {where}{found}: {finding.Message}";
    }

    private static string Shorten(string value)
    {
        var flat = value.ReplaceLineEndings(" ").Trim();
        return flat.Length <= MaxValueLength ? flat : flat[..(MaxValueLength - 1)] + "…";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
