using System.Text.Json;

namespace Ukspf.Functions.Hosting.Metadata;

/// <summary>A <c>timerTrigger</c> on an NCRONTAB schedule.</summary>
/// <param name="Name">The binding name; the timer status arrives under this key of Data.</param>
/// <param name="Schedule">A six-field NCRONTAB expression, or <c>%Setting%</c> naming an app setting that holds one.</param>
public sealed record TimerTriggerBinding(string Name, string Schedule) : BindingDefinition(Name)
{
    /// <inheritdoc />
    public override string Type => "timerTrigger";

    /// <inheritdoc />
    public override string Direction => "in";

    /// <summary>The app setting named by <see cref="Schedule"/> when it has the form <c>%Name%</c>; otherwise null.</summary>
    public string? ScheduleSetting =>
        Schedule.Length > 2 && Schedule[0] == '%' && Schedule[^1] == '%' ? Schedule[1..^1] : null;

    /// <inheritdoc />
    protected override void WriteSettings(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("schedule", Schedule);
        // The monitor persists the last and next occurrence, so a run missed while no instance was up is made good.
        writer.WriteBoolean("useMonitor", true);
        writer.WriteBoolean("runOnStartup", false);
    }
}
