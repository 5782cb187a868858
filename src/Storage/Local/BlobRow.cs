using Microsoft.Data.Sqlite;
using Ukspf.Storage.Blobs;

namespace Ukspf.Storage.Local;

/// <summary>One row of the <c>blobs</c> table: a blob's properties. Times are UTC ticks.</summary>
internal sealed record BlobRow(
    string ETag,
    long Length,
    long LastModified,
    string ContentType,
    IReadOnlyDictionary<string, string> Metadata)
{
    private const string Columns = "etag, length, last_modified, content_type, metadata";

    public BlobProperties ToProperties(string name) =>
        new(name, ETag, Length, new DateTimeOffset(LastModified, TimeSpan.Zero), ContentType, Metadata);

    public static BlobRow? Find(SqliteConnection connection, SqliteTransaction? transaction, string container, string name)
    {
        using var command = StoreDatabase.Command(connection, transaction,
            $"SELECT {Columns} FROM blobs WHERE container = $c AND name = $n;", ("$c", container), ("$n", name));
        using var reader = command.ExecuteReader();
        return reader.Read() ? FromReader(reader, 0) : null;
    }

    /// <summary>One page of a listing in ordinal (code point) name order, starting after <paramref name="after"/>.</summary>
    public static async Task<List<BlobProperties>> PageAsync(SqliteConnection connection, string container, string prefix, string? after, int size, CancellationToken cancellationToken)
    {
        await using var command = StoreDatabase.Command(connection, null,
            $"""
            SELECT name, {Columns} FROM blobs
            WHERE container = $c AND name >= $p AND substr(name, 1, length($p)) = $p AND ($after IS NULL OR name > $after)
            ORDER BY name LIMIT $size;
            """,
            ("$c", container), ("$p", prefix), ("$after", after), ("$size", size));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<BlobProperties>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(FromReader(reader, 1).ToProperties(reader.GetString(0)));
        }

        return page;
    }

    public void Save(SqliteConnection connection, SqliteTransaction transaction, string container, string name) =>
        StoreDatabase.Execute(connection, transaction,
            $"INSERT OR REPLACE INTO blobs(container, name, {Columns}) VALUES ($c, $n, $etag, $len, $mod, $type, $meta);",
            ("$c", container), ("$n", name), ("$etag", ETag), ("$len", Length), ("$mod", LastModified), ("$type", ContentType),
            ("$meta", BlobMetadata.ToJson(Metadata)));

    public static bool Delete(SqliteConnection connection, SqliteTransaction transaction, string container, string name) =>
        StoreDatabase.Execute(connection, transaction,
            "DELETE FROM blobs WHERE container = $c AND name = $n;", ("$c", container), ("$n", name)) == 1;

    private static BlobRow FromReader(SqliteDataReader reader, int first) => new(
        reader.GetString(first),
        reader.GetInt64(first + 1),
        reader.GetInt64(first + 2),
        reader.GetString(first + 3),
        BlobMetadata.FromJson(reader.GetString(first + 4)));
}
