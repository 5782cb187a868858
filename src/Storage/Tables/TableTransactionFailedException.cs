namespace Ukspf.Storage.Tables;

/// <summary>An entity group transaction failed and wrote nothing; names the operation that failed.</summary>
public sealed class TableTransactionFailedException : Exception
{
    /// <summary>Creates the exception, keeping the store's own failure, when there is one, as the inner exception.</summary>
    public TableTransactionFailedException(int failedIndex, int status, string errorCode, string message, Exception? inner = null) : base(message, inner)
    {
        FailedIndex = failedIndex;
        Status = status;
        ErrorCode = errorCode;
    }

    /// <summary>Zero-based index of the failing operation in the submitted list; -1 when the service did not name one.</summary>
    public int FailedIndex { get; }

    /// <summary>HTTP status of the failing operation.</summary>
    public int Status { get; }

    /// <summary>The service's error code for the failing operation.</summary>
    public string ErrorCode { get; }
}
