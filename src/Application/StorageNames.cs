namespace Ukspf.Application;

/// <summary>The containers and tables the pipeline uses, named once; infra/ and the local host read the same names.</summary>
public static class StorageNames
{
    /// <summary>Pre-filled templates: templates/{round}/{lla}.xlsx.</summary>
    public const string TemplatesContainer = "templates";

    /// <summary>Council uploads: returns-inbox/{round}/{lla}/{file}.</summary>
    public const string InboxContainer = "returns-inbox";

    /// <summary>Immutable originals: returns-archive/{round}/{lla}/{submissionId}{ext}.</summary>
    public const string ArchiveContainer = "returns-archive";

    /// <summary>Feedback for councils: returns-feedback/{round}/{lla}/{submissionId}.xlsx.</summary>
    public const string FeedbackContainer = "returns-feedback";

    /// <summary>Consolidated returns for fund managers: published/{round}/...</summary>
    public const string PublishedContainer = "published";

    /// <summary>Reporting rounds.</summary>
    public const string RoundsTable = "Rounds";

    /// <summary>Allocations by council.</summary>
    public const string AllocationsTable = "Allocations";

    /// <summary>One record per uploaded return.</summary>
    public const string SubmissionsTable = "Submissions";

    /// <summary>Normalised lines of accepted returns.</summary>
    public const string ReturnLinesTable = "ReturnLines";

    /// <summary>The deadline reminders sent: one row per council, recipient and day.</summary>
    public const string RemindersTable = "Reminders";

    /// <summary>The findings of every submission, kept for the portal's result, history and drill-down pages.</summary>
    public const string FindingsTable = "Findings";

    /// <summary>Who may use the portal: each user's roles and the councils they may submit for.</summary>
    public const string AccessTable = "Access";

    /// <summary>Every container the pipeline writes.</summary>
    public static IReadOnlyList<string> Containers { get; } = [TemplatesContainer, InboxContainer, ArchiveContainer, FeedbackContainer, PublishedContainer];

    /// <summary>Every table the pipeline writes.</summary>
    public static IReadOnlyList<string> Tables { get; } = [RoundsTable, AllocationsTable, SubmissionsTable, ReturnLinesTable, RemindersTable, FindingsTable, AccessTable];
}
