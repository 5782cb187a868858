using Ukspf.Functions.Scheduling;
using Xunit;

namespace Ukspf.Functions.Tests.Scheduling;

public class NcrontabScheduleTests
{
    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc + "Z", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset? Next(string expression, string afterUtc) => NcrontabSchedule.Parse(expression).NextAfter(At(afterUtc));

    [Theory]
    [InlineData("0 */5 * * * *", "2025-01-06T10:03:27", "2025-01-06T10:05:00")]
    [InlineData("0 */5 * * * *", "2025-01-06T10:05:00", "2025-01-06T10:10:00")]
    [InlineData("0 0 * * * *", "2025-01-06T10:00:00", "2025-01-06T11:00:00")]
    [InlineData("0 0 */2 * * *", "2025-01-06T11:00:00", "2025-01-06T12:00:00")]
    [InlineData("0 0 */2 * * *", "2025-01-06T23:00:00", "2025-01-07T00:00:00")]
    [InlineData("0 0 9-17 * * *", "2025-01-06T17:30:00", "2025-01-07T09:00:00")]
    [InlineData("0 0 9-17 * * *", "2025-01-06T09:00:00", "2025-01-06T10:00:00")]
    [InlineData("0 30 9 * * *", "2025-01-06T09:30:00", "2025-01-07T09:30:00")]
    [InlineData("0 30 9 * * 1-5", "2025-01-10T10:00:00", "2025-01-13T09:30:00")]
    [InlineData("0 30 9 * Jan Mon", "2025-01-27T10:00:00", "2026-01-05T09:30:00")]
    [InlineData("*/10 * * * * *", "2025-01-06T10:00:05", "2025-01-06T10:00:10")]
    [InlineData("*/10 * * * * *", "2025-01-06T10:00:59.900", "2025-01-06T10:01:00")]
    [InlineData("0 0 2 * * *", "2025-03-31T02:00:00", "2025-04-01T02:00:00")]
    public void Finds_the_documented_examples_next_occurrence(string expression, string after, string expected)
    {
        Assert.Equal(At(expected), Next(expression, after));
    }

    [Fact]
    public void Reads_five_fields_as_a_schedule_at_second_zero()
    {
        Assert.Equal(Next("0 30 9 * * *", "2025-01-06T12:00:00"), Next("30 9 * * *", "2025-01-06T12:00:00"));
    }

    [Theory]
    [InlineData("0 0 12 * * 0")]
    [InlineData("0 0 12 * * 7")]
    [InlineData("0 0 12 * * Sun")]
    [InlineData("0 0 12 * * SUN")]
    public void Treats_0_7_and_the_name_as_Sunday(string expression)
    {
        Assert.Equal(At("2025-01-12T12:00:00"), Next(expression, "2025-01-06T00:00:00"));
    }

    [Fact]
    public void Runs_on_either_day_when_day_of_month_and_day_of_week_are_both_restricted()
    {
        // 2025-06-06 is a Friday and 2025-06-13 is Friday the 13th: cron runs on the first Friday, not only on the 13th.
        Assert.Equal(At("2025-06-06T00:00:00"), Next("0 0 0 13 * Fri", "2025-06-01T00:00:00"));
        Assert.Equal(At("2025-06-13T00:00:00"), Next("0 0 0 13 * Fri", "2025-06-06T00:00:00"));
        Assert.Equal(At("2025-06-13T00:00:00"), Next("0 0 0 13 * Thu", "2025-06-12T00:00:00"));
    }

    [Fact]
    public void Uses_only_the_day_of_month_when_day_of_week_is_a_wildcard()
    {
        Assert.Equal(At("2025-06-13T00:00:00"), Next("0 0 0 13 * *", "2025-06-01T00:00:00"));
    }

    [Fact]
    public void Accepts_lists_and_stepped_ranges()
    {
        var schedule = NcrontabSchedule.Parse("0 1-30/10 8,12 * * *");

        var occurrences = schedule.Occurrences(At("2025-01-06T00:00:00"), At("2025-01-06T23:59:59")).ToList();

        Assert.Equal(
            new[] { "08:01", "08:11", "08:21", "12:01", "12:11", "12:21" },
            occurrences.Select(o => o.UtcDateTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Accepts_a_start_with_a_step_as_every_nth_value_to_the_end()
    {
        Assert.Equal(At("2025-01-06T10:50:00"), Next("0 5/15 * * * *", "2025-01-06T10:36:00"));
    }

    [Fact]
    public void Finds_29_February_in_the_next_leap_year()
    {
        Assert.Equal(At("2028-02-29T06:00:00"), Next("0 0 6 29 Feb *", "2024-03-01T00:00:00"));
    }

    [Fact]
    public void Returns_null_for_a_schedule_that_never_fires()
    {
        Assert.Null(Next("0 0 0 31 Feb *", "2025-01-01T00:00:00"));
    }

    [Fact]
    public void Computes_in_utc_whatever_the_offset_of_the_instant_given()
    {
        var schedule = NcrontabSchedule.Parse("0 0 2 * * *");

        var next = schedule.NextAfter(new DateTimeOffset(2025, 7, 1, 3, 30, 0, TimeSpan.FromHours(1)));

        Assert.Equal(At("2025-07-02T02:00:00"), next);
        Assert.Equal(TimeSpan.Zero, next!.Value.Offset);
    }

    [Theory]
    [InlineData("* * *", "3 fields")]
    [InlineData("0 60 * * * *", "minute")]
    [InlineData("0 0 24 * * *", "hour")]
    [InlineData("0 0 0 0 * *", "day of month")]
    [InlineData("0 0 0 * Foo *", "month")]
    [InlineData("0 0 0 * * 8", "day of week")]
    [InlineData("0 */0 * * * *", "step")]
    [InlineData("0 30-10 * * * *", "low to high")]
    public void Refuses_malformed_expressions_naming_the_problem(string expression, string mentioned)
    {
        var error = Assert.Throws<FormatException>(() => NcrontabSchedule.Parse(expression));

        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_reports_the_reason_instead_of_throwing()
    {
        var parsed = NcrontabSchedule.TryParse("0 0 25 * * *", out var schedule, out var error);

        Assert.False(parsed);
        Assert.Null(schedule);
        Assert.Contains("hour", error, StringComparison.Ordinal);
    }
}
