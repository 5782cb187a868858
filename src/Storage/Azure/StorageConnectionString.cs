using Azure;

namespace Ukspf.Storage.Azure;

/// <summary>
/// A parsed storage connection string: <c>UseDevelopmentStorage=true</c>; <c>DefaultEndpointsProtocol</c>,
/// <c>AccountName</c>, <c>AccountKey</c>, <c>EndpointSuffix</c>; or explicit <c>BlobEndpoint</c> / <c>TableEndpoint</c>
/// (host-style or path-style such as Azurite's) with a key or a <c>SharedAccessSignature</c>.
/// </summary>
public sealed class StorageConnectionString
{
    /// <summary>Azurite's account name.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>Azurite's published, well-known account key; it only ever opens the local emulator.</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageConnectionString(Uri blobEndpoint, Uri tableEndpoint, StorageSharedKeyCredential? credential, AzureSasCredential? sas)
    {
        BlobEndpoint = blobEndpoint;
        TableEndpoint = tableEndpoint;
        Credential = credential;
        SharedAccessSignature = sas;
    }

    /// <summary>The Blob service endpoint, e.g. <c>http://127.0.0.1:10000/devstoreaccount1</c>.</summary>
    public Uri BlobEndpoint { get; }

    /// <summary>The Table service endpoint, e.g. <c>http://127.0.0.1:10002/devstoreaccount1</c>.</summary>
    public Uri TableEndpoint { get; }

    /// <summary>The account key credential, when the string carries one.</summary>
    public StorageSharedKeyCredential? Credential { get; }

    /// <summary>The shared access signature, when the string carries one instead of a key.</summary>
    public AzureSasCredential? SharedAccessSignature { get; }

    /// <summary>Parses a connection string.</summary>
    /// <exception cref="FormatException">A setting is malformed, or neither endpoints nor an account are given, or there is no key or SAS.</exception>
    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var settings = ReadSettings(connectionString);
        if (settings.TryGetValue("UseDevelopmentStorage", out var dev) && dev.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return new StorageConnectionString(
                new Uri("http://127.0.0.1:10000/" + DevelopmentAccountName),
                new Uri("http://127.0.0.1:10002/" + DevelopmentAccountName),
                new StorageSharedKeyCredential(DevelopmentAccountName, DevelopmentAccountKey),
                null);
        }

        settings.TryGetValue("AccountName", out var account);
        var blob = Endpoint(settings, "BlobEndpoint", "blob", account);
        var table = Endpoint(settings, "TableEndpoint", "table", account);

        StorageSharedKeyCredential? credential = null;
        if (settings.TryGetValue("AccountKey", out var key))
        {
            if (string.IsNullOrEmpty(account))
            {
                throw new FormatException("The connection string has an AccountKey but no AccountName.");
            }

            credential = new StorageSharedKeyCredential(account, key);
        }

        AzureSasCredential? sas = settings.TryGetValue("SharedAccessSignature", out var signature) ? new AzureSasCredential(signature) : null;
        if (credential is null && sas is null)
        {
            throw new FormatException("The connection string has neither an AccountKey nor a SharedAccessSignature.");
        }

        return new StorageConnectionString(blob, table, credential, sas);
    }

    /// <inheritdoc />
    public override string ToString() => $"BlobEndpoint={BlobEndpoint};TableEndpoint={TableEndpoint}";

    private static Dictionary<string, string> ReadSettings(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Keys and signatures contain '=', so only the first one separates name from value.
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException("A connection string setting has no '='; settings are Name=Value separated by ';'.");
            }

            settings[part[..eq].Trim()] = part[(eq + 1)..].Trim();
        }

        return settings;
    }

    private static Uri Endpoint(Dictionary<string, string> settings, string name, string service, string? account)
    {
        if (settings.TryGetValue(name, out var explicitEndpoint))
        {
            return Uri.TryCreate(explicitEndpoint, UriKind.Absolute, out var uri)
                ? uri
                : throw new FormatException($"{name} is not an absolute URL.");
        }

        if (string.IsNullOrEmpty(account))
        {
            throw new FormatException($"The connection string has neither {name} nor AccountName.");
        }

        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return new Uri($"{protocol}://{account}.{service}.{suffix}");
    }
}
