using Azure;

namespace Ukspf.Storage.Azure;

/// <summary>An entity group transaction was refused as a whole; names the operation that failed.</summary>
public sealed class TableTransactionRequestFailedException : RequestFailedException
{
    /// <summary>Creates the exception.</summary>
    public TableTransactionRequestFailedException(int failedIndex, int status, string errorCode, string message)
        : base(status, message, errorCode, null) => FailedIndex = failedIndex;

    /// <summary>Zero-based index, in the submitted list, of the operation that failed.</summary>
    public int FailedIndex { get; }
}
