namespace Ukspf.Application.Notifications;

/// <summary>One council's reminder to one person (or to nobody) in one run.</summary>
/// <param name="Round">The round, e.g. "2025-26-Q3".</param>
/// <param name="CouncilCode">The council's GSS code.</param>
/// <param name="Email">The recipient; null for <see cref="ReminderStatus.NoRecipients"/>.</param>
/// <param name="DaysLeft">Days to the round's deadline: 0 on the deadline day.</param>
/// <param name="Status">What was done.</param>
public sealed record ReminderResult(string Round, string CouncilCode, string? Email, int DaysLeft, ReminderStatus Status);
