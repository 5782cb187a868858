namespace Ukspf.Storage;

/// <summary>A storage operation failed; carries the HTTP status and the service's error code, as Azure's RequestFailedException does.</summary>
public sealed class StorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageException(int status, string errorCode, string message, Exception? inner = null) : base(message, inner)
    {
        Status = status;
        ErrorCode = errorCode;
    }

    /// <summary>HTTP status: 404 not found, 409 conflict, 412 precondition failed...</summary>
    public int Status { get; }

    /// <summary>The storage service's error code, e.g. "BlobAlreadyExists", "ConditionNotMet", "EntityAlreadyExists", "UpdateConditionNotSatisfied".</summary>
    public string ErrorCode { get; }

    /// <summary>True for a failed precondition or create-only conflict: someone else wrote first.</summary>
    public bool IsConflict => Status is 409 or 412;
}
