using Azure;

namespace Ukspf.Storage.Azure;

/// <summary>
/// Turns the clients' <see cref="RequestFailedException"/> into <see cref="StorageException"/> (same status and code),
/// so the pipeline handles one exception type whichever store it runs on.
/// </summary>
internal static class StorageExceptionTranslation
{
    public static StorageException ToStorageException(RequestFailedException e) =>
        new(e.Status, e.ErrorCode ?? e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, e);

    public static async Task<T> Translate<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            throw ToStorageException(e);
        }
    }
}
