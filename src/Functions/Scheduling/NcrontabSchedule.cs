namespace Ukspf.Functions.Scheduling;

/// <summary>
/// A schedule in the NCRONTAB form Azure Functions timer triggers use: six fields
/// <c>{second} {minute} {hour} {day} {month} {day-of-week}</c> (five are accepted, with second 0), each a list of
/// <c>*</c>, values, ranges and steps, with month and day names. Occurrences are computed in UTC. When both the
/// day of month and the day of week are restricted, a day matching either one qualifies, as in cron.
/// </summary>
public sealed class NcrontabSchedule
{
    // Long enough for any satisfiable expression (29 February on a given weekday recurs within 28 years).
    private const int SearchDays = 366 * 30;

    private readonly CronField seconds;
    private readonly CronField minutes;
    private readonly CronField hours;
    private readonly CronField daysOfMonth;
    private readonly CronField months;
    private readonly CronField daysOfWeek;

    private NcrontabSchedule(string expression, string[] fields)
    {
        Expression = expression;
        seconds = CronField.Second(fields[0]);
        minutes = CronField.Minute(fields[1]);
        hours = CronField.Hour(fields[2]);
        daysOfMonth = CronField.DayOfMonth(fields[3]);
        months = CronField.Month(fields[4]);
        daysOfWeek = CronField.DayOfWeek(fields[5]);
    }

    /// <summary>The expression as written.</summary>
    public string Expression { get; }

    /// <summary>Parses an expression.</summary>
    /// <exception cref="FormatException">The expression does not have 5 or 6 fields, or a field is malformed or out of range.</exception>
    public static NcrontabSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var fields = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return fields.Length switch
        {
            6 => new NcrontabSchedule(expression, fields),
            5 => new NcrontabSchedule(expression, ["0", .. fields]),
            _ => throw new FormatException(
                $"'{expression}' has {fields.Length} fields; a schedule has six: {{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}."),
        };
    }

    /// <summary>Parses an expression, or returns false with the reason.</summary>
    public static bool TryParse(string expression, out NcrontabSchedule? schedule, out string? error)
    {
        try
        {
            schedule = Parse(expression);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            schedule = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, in UTC; null when the schedule never fires (such as 31 February).</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        var start = after.UtcDateTime;
        start = start.AddTicks(-(start.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);
        var day = start.Date;
        for (var i = 0; i < SearchDays; i++, day = day.AddDays(1))
        {
            if (!MatchesDay(day))
            {
                continue;
            }

            var earliest = i == 0 ? start.TimeOfDay : TimeSpan.Zero;
            if (FirstTimeOfDay(earliest) is { } time)
            {
                return new DateTimeOffset(day + time, TimeSpan.Zero);
            }
        }

        return null;
    }

    /// <summary>The occurrences after <paramref name="after"/> up to and including <paramref name="until"/>, in order.</summary>
    public IEnumerable<DateTimeOffset> Occurrences(DateTimeOffset after, DateTimeOffset until)
    {
        var next = NextAfter(after);
        while (next is { } occurrence && occurrence <= until)
        {
            yield return occurrence;
            next = NextAfter(occurrence);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Expression;

    private bool MatchesDay(DateTime day)
    {
        if (!months.Contains(day.Month))
        {
            return false;
        }

        var byDate = daysOfMonth.Contains(day.Day);
        var byWeekday = daysOfWeek.Contains((int)day.DayOfWeek);
        if (!daysOfMonth.IsWildcard && !daysOfWeek.IsWildcard)
        {
            return byDate || byWeekday;
        }

        return byDate && byWeekday;
    }

    private TimeSpan? FirstTimeOfDay(TimeSpan earliest)
    {
        for (var h = earliest.Hours; h < 24; h++)
        {
            if (!hours.Contains(h))
            {
                continue;
            }

            var firstMinute = h == earliest.Hours ? earliest.Minutes : 0;
            for (var m = firstMinute; m < 60; m++)
            {
                if (!minutes.Contains(m))
                {
                    continue;
                }

                var firstSecond = h == earliest.Hours && m == earliest.Minutes ? earliest.Seconds : 0;
                for (var s = firstSecond; s < 60; s++)
                {
                    if (seconds.Contains(s))
                    {
                        return new TimeSpan(h, m, s);
                    }
                }
            }
        }

        return null;
    }
}
