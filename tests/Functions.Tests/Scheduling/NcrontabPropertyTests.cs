using FsCheck;
using FsCheck.Fluent;
using Ukspf.Functions.Scheduling;
using Xunit;

namespace Ukspf.Functions.Tests.Scheduling;

public class NcrontabPropertyTests
{
    private static readonly DateTimeOffset Origin = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Next_occurrence_is_the_first_matching_second_after_the_instant()
    {
        // Schedules that fire at least every two hours, so a second-by-second search is a feasible oracle.
        var schedules = Gen.Elements(
            "*/7 * * * * *", "0 */3 * * * *", "15 5-20/5 * * * *", "30 0 * * * *", "0 0,30 */2 * * *", "0 59 * * * *");
        var instants = Gen.Choose(0, 400 * 24 * 60).Select(minutes => Origin.AddMinutes(minutes).AddSeconds(minutes % 61));

        Prop.ForAll(schedules.ToArbitrary(), instants.ToArbitrary(), (expression, after) =>
        {
            var schedule = NcrontabSchedule.Parse(expression);
            var expected = SearchSecondBySecond(schedule, after);
            return schedule.NextAfter(after) == expected;
        }).QuickCheckThrowOnFailure();
    }

    private static DateTimeOffset SearchSecondBySecond(NcrontabSchedule schedule, DateTimeOffset after)
    {
        // The oracle reads the fields itself and tries every second, so it shares no code with the parser.
        var candidate = after.AddTicks(-(after.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);
        var matching = Matcher(schedule.Expression);
        while (!matching(candidate))
        {
            candidate = candidate.AddSeconds(1);
        }

        return candidate;
    }

    private static Func<DateTimeOffset, bool> Matcher(string expression)
    {
        var fields = expression.Split(' ');
        return t => Matches(fields[0], t.Second) && Matches(fields[1], t.Minute) && Matches(fields[2], t.Hour);
    }

    // An independent reading of the three time fields used above: lists of *, n, a-b and */s or a-b/s.
    private static bool Matches(string field, int value) => field.Split(',').Any(item =>
    {
        var parts = item.Split('/');
        var step = parts.Length == 2 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
        int low, high;
        if (parts[0] == "*")
        {
            (low, high) = (0, 59);
        }
        else if (parts[0].Contains('-', StringComparison.Ordinal))
        {
            var range = parts[0].Split('-');
            (low, high) = (int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(range[1], System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            low = high = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        }

        return value >= low && value <= high && (value - low) % step == 0;
    });
}
