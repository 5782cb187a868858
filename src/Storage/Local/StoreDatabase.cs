using Microsoft.Data.Sqlite;

namespace Ukspf.Storage.Local;

/// <summary>
/// The SQLite file shared by the local blob and table stores. Every operation opens a pooled connection of its own,
/// so one instance is safe to use from many threads; writers serialise on <c>BEGIN IMMEDIATE</c>, which also holds
/// across processes that open the same file.
/// </summary>
internal sealed class StoreDatabase
{
    private const int BusyTimeoutMilliseconds = 30_000;

    // A store made while blobs still had leases keeps three nullable lease columns; writes name their columns, so
    // those stay null and the store opens unchanged.
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS containers(name TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS blobs(
            container TEXT NOT NULL, name TEXT NOT NULL, etag TEXT NOT NULL, length INTEGER NOT NULL,
            last_modified INTEGER NOT NULL, content_type TEXT, metadata TEXT NOT NULL,
            PRIMARY KEY(container, name)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS tables(name TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS entities(
            table_name TEXT NOT NULL, pk TEXT NOT NULL, rk TEXT NOT NULL, etag TEXT NOT NULL,
            timestamp INTEGER NOT NULL, props TEXT NOT NULL,
            PRIMARY KEY(table_name, pk, rk)) WITHOUT ROWID;
        """;

    private readonly string _connectionString;

    public StoreDatabase(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();

        using var connection = Open();
        // WAL lets readers carry on while one writer holds the lock; the mode is stored in the file itself.
        Execute(connection, null, "PRAGMA journal_mode=WAL;");
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, Schema);
        transaction.Commit();
    }

    /// <summary>Opens a connection that waits for locks instead of failing at once.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, null, $"PRAGMA busy_timeout={BusyTimeoutMilliseconds};");
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> holding the database write lock, and commits unless it throws.</summary>
    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    /// <summary>Runs a read on a connection of its own.</summary>
    public T Read<T>(Func<SqliteConnection, T> work)
    {
        using var connection = Open();
        return work(connection);
    }

    /// <summary>Returns this file's pooled connections to the operating system.</summary>
    public void ReleaseConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>A parameterised command bound to the connection's current transaction.</summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Runs a statement and returns the number of rows it changed.</summary>
    public static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }
}
