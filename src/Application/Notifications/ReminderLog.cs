using System.Security.Cryptography;
using System.Text;
using Ukspf.Domain.Rounds;
using Ukspf.Storage;
using Ukspf.Storage.Tables;

namespace Ukspf.Application.Notifications;

/// <summary>
/// The reminders sent, in the Reminders table: partition = "{round}|{council}", row key = "{day}|{address hash}",
/// one row per recipient per day. A run claims the row before it sends, so two runs on the same day (a re-run, or
/// two hosts at once) send one reminder, not two.
/// </summary>
public sealed class ReminderLog(ITableStore tables)
{
    /// <summary>
    /// Claims the reminder of <paramref name="email"/> for the council, round and day; false when it is claimed
    /// already (sent, or being sent by another run).
    /// </summary>
    public async Task<bool> TryClaimAsync(RoundId round, string councilCode, string email, DateOnly day, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(Partition(round, councilCode), RowKey(email, day))
        {
            ["Email"] = Normalise(email),
            ["Day"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Sent"] = false,
        };
        try
        {
            await tables.AddAsync(StorageNames.RemindersTable, entity, cancellationToken);
            return true;
        }
        catch (StorageException e) when (e.IsConflict)
        {
            return false;
        }
    }

    /// <summary>Marks a claimed reminder as sent, and when.</summary>
    public Task MarkSentAsync(RoundId round, string councilCode, string email, DateOnly day, DateTimeOffset sentAt, CancellationToken cancellationToken = default) =>
        tables.UpsertAsync(StorageNames.RemindersTable, new TableEntity(Partition(round, councilCode), RowKey(email, day))
        {
            ["Email"] = Normalise(email),
            ["Day"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Sent"] = true,
            ["SentAt"] = sentAt,
        }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>Gives up a claim whose reminder did not go, so a later run the same day may try again.</summary>
    public Task ReleaseAsync(RoundId round, string councilCode, string email, DateOnly day, CancellationToken cancellationToken = default) =>
        tables.DeleteAsync(StorageNames.RemindersTable, Partition(round, councilCode), RowKey(email, day), cancellationToken: cancellationToken);

    /// <summary>The addresses reminded (sent, not only claimed) for the council and round, with the day of each.</summary>
    public async Task<IReadOnlyList<(string Email, DateOnly Day)>> SentAsync(RoundId round, string councilCode, CancellationToken cancellationToken = default)
    {
        var sent = new List<(string, DateOnly)>();
        await foreach (var e in tables.QueryPartitionAsync(StorageNames.RemindersTable, Partition(round, councilCode), cancellationToken))
            if (e.GetBoolean("Sent") == true)
                sent.Add((e.GetString("Email") ?? "", DateOnly.ParseExact(e.GetString("Day")!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return sent;
    }

    private static string Partition(RoundId round, string councilCode) => $"{round}|{councilCode}";

    // An address may hold characters a row key may not (# / ? \), and is the same address in any case.
    private static string RowKey(string email, DateOnly day) =>
        $"{day:yyyy-MM-dd}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(email))))[..32]}";

    private static string Normalise(string email) => email.Trim().ToLowerInvariant();
}
