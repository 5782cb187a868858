namespace Ukspf.Workbooks.Feedback;

/// <summary>What the top of a feedback sheet tells the council about their upload.</summary>
/// <param name="CouncilName">The council, as it knows itself.</param>
/// <param name="Round">The reporting round, e.g. "2024-25-Q2".</param>
/// <param name="FileName">The file as uploaded.</param>
/// <param name="Status">"Accepted" or "Rejected".</param>
/// <param name="ReceivedAt">When the upload arrived (shown in UTC).</param>
/// <param name="Reason">For a rejection, the main reason in a council officer's words.</param>
public sealed record FeedbackHeader(
    string CouncilName,
    string Round,
    string FileName,
    string Status,
    DateTimeOffset ReceivedAt,
    string? Reason);
