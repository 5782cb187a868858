using System.Buffers;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Local;

/// <summary>
/// Azure Table Storage's limits on names, keys and properties. The local store enforces them so that data which
/// fits here also fits in Azure.
/// </summary>
internal static class TableRules
{
    private const int MaxKeyLength = 1024;
    private const int MaxPropertyNameLength = 255;
    private const int MaxProperties = 252;

    /// <summary>What Azure refuses in a key: '/', '\\', '#', '?' and the control characters (char.IsControl: U+0000 to U+001F, U+007F to U+009F).</summary>
    private static readonly SearchValues<char> ForbiddenInKeys = SearchValues.Create(ForbiddenCharacters());

    /// <summary>Checks the name and returns the key it is stored under: Azure table names ignore case.</summary>
    public static string TableKey(string table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var valid = table.Length is >= 3 and <= 63
            && char.IsAsciiLetter(table[0])
            && table.All(char.IsAsciiLetterOrDigit)
            && !table.Equals("tables", StringComparison.OrdinalIgnoreCase);
        if (!valid)
        {
            throw StorageErrors.InvalidResourceName(table, "table names are 3 to 63 letters and digits, starting with a letter");
        }

        return table.ToLowerInvariant();
    }

    public static void CheckKeys(string partitionKey, string rowKey)
    {
        CheckKey("PartitionKey", partitionKey);
        CheckKey("RowKey", rowKey);
    }

    public static void CheckProperties(TableEntity entity)
    {
        if (entity.Count > MaxProperties)
        {
            throw StorageErrors.OutOfRangeInput("The entity", $"it has more than {MaxProperties} properties");
        }

        foreach (var name in entity.Keys)
        {
            if (!IsIdentifier(name) || name is "PartitionKey" or "RowKey" or "Timestamp")
            {
                throw StorageErrors.PropertyNameInvalid(name);
            }
        }
    }

    private static string ForbiddenCharacters()
    {
        var forbidden = new System.Text.StringBuilder("/\\#?");
        for (var c = '\u0000'; c <= '\u009f'; c++)
        {
            if (char.IsControl(c))
            {
                forbidden.Append(c);
            }
        }

        return forbidden.ToString();
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length is 0 or > MaxPropertyNameLength || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckKey(string what, string key)
    {
        ArgumentNullException.ThrowIfNull(key, what);
        if (key.Length > MaxKeyLength)
        {
            throw StorageErrors.OutOfRangeInput($"The {what} '{key[..20]}...'", "keys are at most 1 KiB");
        }

        if (key.AsSpan().ContainsAny(ForbiddenInKeys))
        {
            throw StorageErrors.OutOfRangeInput($"The {what} '{key}'", "keys may not hold '/', '\\', '#', '?' or control characters");
        }
    }
}
