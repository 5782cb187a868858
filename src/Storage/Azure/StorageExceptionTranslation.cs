using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;

namespace Ukspf.Storage.Azure;

/// <summary>
/// Turns the SDKs' <see cref="RequestFailedException"/> into <see cref="StorageException"/> (same status and service
/// error code), so the pipeline handles one exception type whichever store it runs on.
/// </summary>
internal static class StorageExceptionTranslation
{
    public static StorageException ToStorageException(RequestFailedException e) => new(e.Status, ErrorCode(e), e.Message, e);

    /// <summary>The service's error code, or the status as text when the response carried none (a transport failure).</summary>
    public static string ErrorCode(RequestFailedException e) =>
        string.IsNullOrEmpty(e.ErrorCode) ? e.Status.ToString(CultureInfo.InvariantCulture) : e.ErrorCode;

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

    /// <summary>
    /// The items of an SDK listing, each converted; a page that fails to load surfaces as <see cref="StorageException"/>
    /// from the enumeration, as a single call's failure does.
    /// </summary>
    public static async IAsyncEnumerable<TResult> Translate<TSource, TResult>(
        IAsyncEnumerable<TSource> items, Func<TSource, TResult> convert, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enumerator = items.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                TSource item;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }

                    item = enumerator.Current;
                }
                catch (RequestFailedException e)
                {
                    throw ToStorageException(e);
                }

                yield return convert(item);
            }
        }
    }

    /// <summary>An ETag as the HTTP header carries it: quoted, or weak (<c>W/"..."</c>); listings give blob ETags unquoted.</summary>
    public static string Header(ETag etag) => etag.ToString("H");
}
