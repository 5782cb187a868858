using Ukspf.Storage;
using Ukspf.Storage.Tables;

namespace Ukspf.Application.Ingest;

/// <summary>
/// Sorts what a store can throw into the two kinds an ingest handles differently: a refusal of the request as such
/// (400 Bad Request, 413 too large), which the same upload would meet again however often it is retried, and
/// everything else (outages, throttling, timeouts, conflicts, bugs), which a retry may get past.
/// </summary>
internal static class StoreFailure
{
    /// <summary>True when the store refused the request itself: sending the same data again is refused again.</summary>
    public static bool IsRefusal(Exception e) => Of(e) is { Status: 400 or 413 };

    /// <summary>True when the store refused a value, an entity or a request for its size.</summary>
    public static bool IsTooLarge(Exception e) =>
        Of(e) is { } f && (f.Status == 413 || f.Code is "PropertyValueTooLarge" or "EntityTooLarge" or "RequestBodyTooLarge");

    /// <summary>A short description for a record: the storage status and error code, else the exception's type.</summary>
    public static string Describe(Exception e) => Of(e) is { } f ? $"storage error {f.Status} {f.Code}" : e.GetType().Name;

    private static (int Status, string Code)? Of(Exception e) => e switch
    {
        StorageException s => (s.Status, s.ErrorCode),
        TableTransactionFailedException t => (t.Status, t.ErrorCode),
        _ => null,
    };
}
