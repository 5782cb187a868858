namespace Ukspf.Storage.Tables;

/// <summary>How an update treats properties the new entity does not carry.</summary>
public enum TableUpdateMode
{
    /// <summary>The stored entity becomes exactly the new one.</summary>
    Replace,

    /// <summary>Properties of the new entity overwrite; others are kept.</summary>
    Merge,
}
