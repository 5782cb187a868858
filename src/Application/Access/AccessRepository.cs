using Ukspf.Storage.Tables;

namespace Ukspf.Application.Access;

/// <summary>The access list in the Access table: one partition, row key = the user's email in lower case.</summary>
public sealed class AccessRepository(ITableStore tables)
{
    private const string Partition = "user";

    /// <summary>The entry for an email (any case), or null when they are not on the list.</summary>
    public async Task<AccessEntry?> GetAsync(string email, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(email);
        if (key.Length == 0) return null;
        var e = await tables.GetAsync(StorageNames.AccessTable, Partition, key, cancellationToken);
        return e is null ? null : FromEntity(e);
    }

    /// <summary>Everyone on the list, by email.</summary>
    public async Task<IReadOnlyList<AccessEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<AccessEntry>();
        await foreach (var e in tables.QueryPartitionAsync(StorageNames.AccessTable, Partition, cancellationToken)) list.Add(FromEntity(e));
        return list;
    }

    /// <summary>Creates or replaces an entry.</summary>
    public Task SaveAsync(AccessEntry entry, CancellationToken cancellationToken = default) =>
        tables.UpsertAsync(StorageNames.AccessTable, new TableEntity(Partition, KeyOf(entry.Email))
        {
            ["Email"] = entry.Email,
            ["Name"] = entry.Name,
            ["Roles"] = string.Join(',', entry.Roles),
            ["Councils"] = string.Join(',', entry.Councils),
        }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>Removes an entry; false when there was none.</summary>
    public Task<bool> DeleteAsync(string email, CancellationToken cancellationToken = default) =>
        tables.DeleteAsync(StorageNames.AccessTable, Partition, KeyOf(email), cancellationToken: cancellationToken);

    /// <summary>The key an email is kept under: trimmed, lower case.</summary>
    public static string KeyOf(string email) => email.Trim().ToLowerInvariant();

    private static AccessEntry FromEntity(TableEntity e) => new(
        e.GetString("Email") ?? e.RowKey,
        e.GetString("Name"),
        Split(e.GetString("Roles")).Select(Enum.Parse<PortalRole>).ToList(),
        Split(e.GetString("Councils")).ToList());

    private static string[] Split(string? text) => (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
