namespace Ukspf.Storage.Azure;

/// <summary>
/// Keys in the URL key syntax <c>table(PartitionKey='a',RowKey='b')</c> and in OData filters: a single quote is
/// doubled, and in a URL the result is percent-encoded so quotes, spaces and non-ASCII characters survive.
/// </summary>
internal static class TableKeys
{
    public static string EntityPath(string table, string partitionKey, string rowKey) =>
        $"{table}(PartitionKey='{EscapeForUrl(partitionKey)}',RowKey='{EscapeForUrl(rowKey)}')";

    public static string EscapeForUrl(string key) => Uri.EscapeDataString(QuoteForOData(key));

    /// <summary>The text between the quotes of an OData string literal.</summary>
    public static string QuoteForOData(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    /// <summary>An OData filter selecting one partition.</summary>
    public static string PartitionFilter(string partitionKey) => $"PartitionKey eq '{QuoteForOData(partitionKey)}'";
}
