namespace Ukspf.Functions;

/// <summary>The function names, as the Functions host lists them and as infra/ routes events to them.</summary>
public static class FunctionNames
{
    /// <summary>Blob-triggered ingestion of an uploaded return.</summary>
    public const string IngestReturn = "IngestReturn";

    /// <summary>The nightly reconciliation of every open round.</summary>
    public const string ReconcileRound = "ReconcileRound";

    /// <summary>The nightly reminders to councils with no accepted return as a deadline nears.</summary>
    public const string SendReminders = "SendReminders";

    /// <summary>Reconciliation of one round, on demand over HTTP.</summary>
    public const string ReconcileRoundNow = "ReconcileRoundNow";

    /// <summary>Opens a reporting round and writes its pre-filled templates.</summary>
    public const string OpenRound = "OpenRound";

    /// <summary>Imports the allocations file.</summary>
    public const string ImportAllocations = "ImportAllocations";

    /// <summary>Lists a round's submissions.</summary>
    public const string ListSubmissions = "ListSubmissions";
}
