using System.Globalization;

namespace Ukspf.Functions.LocalHost;

/// <summary>
/// The layout of <see cref="HostContainers.Receipts"/>. Each unit of work has a key: <c>blobs/{function}/{etag}/{blob}</c>
/// for a blob version, <c>timers/{function}/{occurrence}</c> for a timer occurrence. <c>claims/{key}</c> is leased
/// while a host works on it; <c>receipts/{key}</c> exists once it is done; <c>schedules/{function}.json</c> holds a
/// timer's last and next occurrence.
/// </summary>
public static class ReceiptNames
{
    /// <summary>Prefix of the receipts.</summary>
    public const string ReceiptPrefix = "receipts/";

    /// <summary>Prefix of the claims.</summary>
    public const string ClaimPrefix = "claims/";

    /// <summary>The key of one version of a blob for one function; the ETag keeps only its letters and digits.</summary>
    public static string BlobKey(string function, string etag, string blobName) => "blobs/" + Poison(function, etag, blobName);

    /// <summary>The name of a blob version's poison record in <see cref="HostContainers.Poison"/>: <c>{function}/{etag}/{blob}</c>.</summary>
    public static string Poison(string function, string etag, string blobName) =>
        $"{function}/{new string(etag.Where(char.IsAsciiLetterOrDigit).ToArray())}/{blobName}";

    /// <summary>The start of every blob key of a function.</summary>
    public static string BlobKeyPrefix(string function) => $"blobs/{function}/";

    /// <summary>The key of one occurrence of a timer.</summary>
    public static string TimerKey(string function, DateTimeOffset occurrence) =>
        $"timers/{function}/{occurrence.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";

    /// <summary>The receipt blob of a key.</summary>
    public static string Receipt(string key) => ReceiptPrefix + key;

    /// <summary>The claim blob of a key.</summary>
    public static string Claim(string key) => ClaimPrefix + key;

    /// <summary>The blob holding a timer's schedule status.</summary>
    public static string Schedule(string function) => $"schedules/{function}.json";
}
