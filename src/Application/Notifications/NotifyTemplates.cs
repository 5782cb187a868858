namespace Ukspf.Application.Notifications;

/// <summary>
/// The ids of the GOV.UK Notify email templates. Each template uses the placeholders of
/// <see cref="EmailPersonalisation"/>; docs/decisions/ADR-013 gives the wording they were written for.
/// </summary>
public sealed class NotifyTemplates
{
    /// <summary>"Your return was processed": accepted, or rejected with what to fix.</summary>
    public string? ReturnProcessed { get; set; }

    /// <summary>"The deadline nears and we have no accepted return from you".</summary>
    public string? Reminder { get; set; }
}
