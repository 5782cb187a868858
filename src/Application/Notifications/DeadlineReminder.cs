using Ukspf.Domain.Rounds;

namespace Ukspf.Application.Notifications;

/// <summary>A reminder to one person that a round's deadline nears and their council has no accepted return.</summary>
/// <param name="Round">The open round.</param>
/// <param name="CouncilCode">The council's GSS code.</param>
/// <param name="Email">The recipient.</param>
/// <param name="Today">The day the reminder is for; the days left are counted from it to the deadline.</param>
public sealed record DeadlineReminder(Round Round, string CouncilCode, string Email, DateOnly Today)
{
    /// <summary>Whole days from <see cref="Today"/> to the deadline: 0 on the deadline day.</summary>
    public int DaysLeft => Round.Deadline.DayNumber - Today.DayNumber;
}
