namespace Ukspf.Storage.Local;

/// <summary>The failures the local store reports, with the status and error code Azure Storage gives for each.</summary>
internal static class StorageErrors
{
    public static StorageException ContainerNotFound(string container) =>
        new(404, "ContainerNotFound", $"The container '{container}' does not exist.");

    public static StorageException BlobAlreadyExists(string container, string name) =>
        new(409, "BlobAlreadyExists", $"The blob '{container}/{name}' already exists.");

    public static StorageException ConditionNotMet(string container, string name) =>
        new(412, "ConditionNotMet", $"The condition specified for '{container}/{name}' was not met.");

    public static StorageException InvalidResourceName(string name, string reason) =>
        new(400, "InvalidResourceName", $"The name '{name}' is not valid: {reason}.");

    public static StorageException BlobNameConflictsWithFolder(string container, string name) =>
        new(400, "BlobNameConflictsWithFolder", $"The local store keeps blobs as files, so '{container}/{name}' cannot exist beside a blob that uses it as a folder (or inside one that is a file).");

    public static StorageException InvalidMetadata(string key) =>
        new(400, "InvalidMetadata", $"The metadata '{key}' is not valid: names must be identifiers and values printable ASCII.");

    public static StorageException TableNotFound(string table) =>
        new(404, "TableNotFound", $"The table '{table}' does not exist.");

    public static StorageException EntityAlreadyExists(string table, string partitionKey, string rowKey) =>
        new(409, "EntityAlreadyExists", $"The entity ('{partitionKey}', '{rowKey}') already exists in '{table}'.");

    public static StorageException ResourceNotFound(string table, string partitionKey, string rowKey) =>
        new(404, "ResourceNotFound", $"The entity ('{partitionKey}', '{rowKey}') does not exist in '{table}'.");

    public static StorageException UpdateConditionNotSatisfied(string table, string partitionKey, string rowKey) =>
        new(412, "UpdateConditionNotSatisfied", $"The entity ('{partitionKey}', '{rowKey}') in '{table}' has changed since it was read.");

    public static StorageException OutOfRangeInput(string what, string reason) =>
        new(400, "OutOfRangeInput", $"{what} is not valid: {reason}.");

    public static StorageException PropertyNameInvalid(string name) =>
        new(400, "PropertyNameInvalid", $"The property name '{name}' is reserved or not an identifier.");

    public static StorageException PropertyValueTooLarge(string name) =>
        new(400, "PropertyValueTooLarge", $"The property '{name}' is larger than Azure Table Storage allows (64 KiB).");
}
