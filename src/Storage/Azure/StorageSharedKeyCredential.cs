using System.Security.Cryptography;
using System.Text;

namespace Ukspf.Storage.Azure;

/// <summary>
/// An account name and its key, for Shared Key signing (Azurite and development). The key is held only as bytes and
/// never appears in <see cref="ToString"/>, so it cannot leak into logs.
/// </summary>
public sealed class StorageSharedKeyCredential
{
    private readonly byte[] _key;

    /// <summary>Creates the credential from the account name and its Base64 key.</summary>
    /// <exception cref="FormatException">The key is not Base64.</exception>
    public StorageSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountName);
        ArgumentException.ThrowIfNullOrEmpty(accountKey);
        AccountName = accountName;
        _key = Convert.FromBase64String(accountKey);
    }

    /// <summary>The storage account name.</summary>
    public string AccountName { get; }

    /// <summary>The Base64 HMAC-SHA256 of <paramref name="stringToSign"/> (UTF-8) under the account key.</summary>
    public string ComputeSignature(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));

    /// <inheritdoc />
    public override string ToString() => $"StorageSharedKeyCredential({AccountName})";
}
