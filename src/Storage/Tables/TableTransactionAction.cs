namespace Ukspf.Storage.Tables;

/// <summary>The kinds of operation in an entity group transaction.</summary>
public enum TableTransactionActionType
{
    /// <summary>Insert; fails if the entity exists.</summary>
    Add,

    /// <summary>Insert or replace.</summary>
    UpsertReplace,

    /// <summary>Insert or merge.</summary>
    UpsertMerge,

    /// <summary>Replace if the ETag matches.</summary>
    UpdateReplace,

    /// <summary>Delete if the ETag matches.</summary>
    Delete,
}

/// <summary>One operation of an entity group transaction.</summary>
/// <param name="ActionType">What to do.</param>
/// <param name="Entity">The entity (for Delete only its keys are used).</param>
/// <param name="IfMatch">ETag condition for updates and deletes; "*" for any.</param>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, string IfMatch = "*");
