using System.Globalization;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Validation;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Writes the "Feedback" sheet: the result and counts, then the findings counted by rule, then every finding with
/// where to find it. Errors come before warnings throughout.
/// </summary>
internal static class FeedbackSheet
{
    /// <summary>The sheet's name, unless the council's workbook already uses it.</summary>
    public const string Name = "Feedback";

    // Column B also carries the header values (the received date-time needs 17 characters).
    private static readonly double[] Widths = [18, 17, 36, 18, 16, 24, 90];
    private static readonly string[] DetailHeaders = ["Severity", "Rule", "What kind", "Sheet", "Cell", "Value found", "Message"];
    private static readonly string[] SummaryHeaders = ["Severity", "Rule", "What kind", "Count"];

    /// <summary>Writes the sheet.</summary>
    /// <param name="part">The worksheet part's stream.</param>
    /// <param name="findings">Every finding, in any order.</param>
    /// <param name="header">What to say about the upload.</param>
    /// <param name="styles">Formats already added to the workbook's stylesheet.</param>
    /// <param name="worksheet">The name of the council's worksheet a finding's sheet name is, so the finding can link to its cell; null for none, or when there is no copy of the council's workbook.</param>
    public static void Write(Stream part, IReadOnlyList<Finding> findings, FeedbackHeader header, FeedbackStyles styles, Func<string, string?>? worksheet)
    {
        var ordered = FindingGroup.Order(findings);
        var groups = FindingGroup.Of(ordered);
        var links = new List<(CellPosition, string)>();
        using var w = new SheetRows(part, Widths);

        WriteHeader(w, header, ordered, styles, annotated: worksheet is not null);

        w.SkipRows(1);
        w.StartRow();
        w.Text("What we found, by rule", styles.Label);
        w.StartRow();
        foreach (var h in SummaryHeaders) w.Text(h, styles.Header);
        foreach (var g in groups)
        {
            w.StartRow();
            w.Text(g.Severity.ToString(), styles.For(g.Severity));
            w.Text(g.RuleId);
            w.Text(g.Title);
            w.Number(g.Count);
        }

        if (groups.Count == 0)
        {
            w.StartRow();
            w.Text("We found no problems.");
        }

        w.SkipRows(1);
        w.StartRow();
        w.Text("Every problem, with where to find it", styles.Label);
        w.StartRow();
        var tableTop = w.Row;
        foreach (var h in DetailHeaders) w.Text(h, styles.Header);
        foreach (var f in ordered)
        {
            w.StartRow();
            w.Text(f.Severity.ToString(), styles.For(f.Severity));
            w.Text(f.RuleId);
            w.Text(FindingGroup.TitleOf(f.RuleId));
            var sheet = f.Location == CellLocation.Workbook ? null : worksheet?.Invoke(f.Location.Sheet);
            w.Text(f.Location == CellLocation.Workbook ? "Whole workbook" : f.Location.Sheet);
            if (sheet is not null) links.Add((w.NextCell, LocationText.LinkTarget(sheet, f.Location.Cell)));
            w.Text(LocationText.Describe(f.Location.Cell), sheet is not null ? styles.Link : 0);
            w.Text(f.Value);
            w.Text(f.Message, styles.Wrap);
        }

        var filter = $"A{tableTop.ToString(CultureInfo.InvariantCulture)}:G{Math.Max(w.Row, tableTop).ToString(CultureInfo.InvariantCulture)}";
        w.End(filter, links);
    }

    // What the officer should do next, by outcome: only a rejection asks them to correct the file.
    private static string Summary(string status, bool accepted, int warnings) => status switch
    {
        _ when accepted && warnings > 0 => "Your return has been accepted. Please read the warnings below: the fund manager will see them too.",
        _ when accepted => "Your return has been accepted. We found no problems.",
        "Superseded" => "This return has been replaced by a later one for the same round, which is the one that counts. You need do nothing.",
        "Failed" => "We could not finish processing this return because of a problem on our side. It will be tried again; you need not upload it again.",
        _ => "Your return has not been accepted. Please correct the errors listed below and upload the workbook again.",
    };

    private static void WriteHeader(SheetRows w, FeedbackHeader header, IReadOnlyList<Finding> findings, FeedbackStyles styles, bool annotated)
    {
        var accepted = string.Equals(header.Status, "Accepted", StringComparison.OrdinalIgnoreCase);
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count - errors;

        w.StartRow();
        w.Text("Feedback on your UKSPF return", styles.Title);
        w.SkipRows(1);
        Pair(w, "Council", header.CouncilName, styles);
        Pair(w, "Round", header.Round, styles);
        Pair(w, "File", header.FileName, styles);
        w.StartRow();
        w.Text("Received (UTC)", styles.Label);
        w.DateTime(header.ReceivedAt, styles.Received);
        w.StartRow();
        w.Text("Result", styles.Label);
        w.Text(header.Status, accepted ? styles.Accepted : styles.Rejected);
        if (!string.IsNullOrWhiteSpace(header.Reason)) Pair(w, "Reason", header.Reason, styles);
        w.StartRow();
        w.Text("Errors", styles.Label);
        w.Number(errors);
        w.StartRow();
        w.Text("Warnings", styles.Label);
        w.Number(warnings);

        w.SkipRows(1);
        w.StartRow();
        w.Text(Summary(header.Status, accepted, warnings));
        if (annotated && findings.Count > 0)
        {
            w.StartRow();
            w.Text("In your own sheets, cells with an error are shaded red and cells with a warning amber; each has a note with the message.");
        }
    }

    private static void Pair(SheetRows w, string label, string value, FeedbackStyles styles)
    {
        w.StartRow();
        w.Text(label, styles.Label);
        w.Text(value);
    }
}
