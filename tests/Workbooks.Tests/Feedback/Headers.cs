using Ukspf.Workbooks.Feedback;

namespace Ukspf.Workbooks.Tests.Feedback;

/// <summary>Feedback headers for tests.</summary>
public static class Headers
{
    public static FeedbackHeader Rejected(string reason = "The return has errors that must be corrected.") =>
        new("Adur District Council", "2024-25-Q2", "adur-q2.xlsx", "Rejected", new DateTimeOffset(2024, 10, 14, 9, 30, 0, TimeSpan.Zero), reason);

    public static FeedbackHeader Accepted() =>
        new("Adur District Council", "2024-25-Q2", "adur-q2.xlsx", "Accepted", new DateTimeOffset(2024, 10, 14, 9, 30, 0, TimeSpan.Zero), null);
}
