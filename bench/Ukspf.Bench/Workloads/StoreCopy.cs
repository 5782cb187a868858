using System.Diagnostics;
using Ukspf.Application;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tables;

namespace Ukspf.Bench.Workloads;

/// <summary>
/// Copies every container and table the pipeline uses from one store to another, blob by blob and entity by entity
/// (properties, content type and metadata kept), so that a workload on Azurite starts from exactly the state its
/// embedded run starts from: the same templates, allocations, rounds, submissions and return lines.
/// </summary>
public static class StoreCopy
{
    /// <summary>Writes in flight at once: the emulator answers one request at a time, but the SDK's serialisation overlaps with it.</summary>
    private const int InFlight = 4;

    /// <summary>What was copied, and how long it took.</summary>
    public sealed record Copied(int Blobs, long Entities, double Seconds);

    public static async Task<Copied> CopyAsync(BenchStore from, BenchStore to)
    {
        var watch = Stopwatch.StartNew();
        var blobs = 0;
        foreach (var container in StorageNames.Containers)
        {
            await to.Blobs.CreateContainerIfNotExistsAsync(container);
            var names = new List<BlobProperties>();
            await foreach (var blob in from.Blobs.ListAsync(container)) names.Add(blob);
            await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (blob, cancel) =>
            {
                await using var download = await from.Blobs.DownloadAsync(container, blob.Name, cancel)
                    ?? throw new InvalidOperationException($"{container}/{blob.Name} went while it was being copied.");
                using var content = new MemoryStream();
                await download.Content.CopyToAsync(content, cancel);
                content.Position = 0;
                await to.Blobs.UploadAsync(container, blob.Name, content, new BlobUploadOptions { ContentType = blob.ContentType, Metadata = blob.Metadata }, cancel);
            });
            blobs += names.Count;
        }

        long entities = 0;
        foreach (var table in StorageNames.Tables)
        {
            await to.Tables.CreateTableIfNotExistsAsync(table);
            var batches = new List<List<TableTransactionAction>>();
            await foreach (var entity in from.Tables.QueryAllAsync(table))
            {
                // Entities come in partition order; a transaction holds up to 100 of one partition.
                var last = batches.Count == 0 ? null : batches[^1];
                if (last is null || last.Count == 100 || last[0].Entity.PartitionKey != entity.PartitionKey) batches.Add(last = []);
                last.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, Fresh(entity)));
                entities++;
            }
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = InFlight },
                async (batch, cancel) => await to.Tables.SubmitTransactionAsync(table, batch, cancel));
        }
        return new Copied(blobs, entities, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The entity's keys and properties, without the source store's ETag and timestamp.</summary>
    private static TableEntity Fresh(TableEntity entity)
    {
        var copy = new TableEntity(entity.PartitionKey, entity.RowKey);
        foreach (var (name, value) in entity) copy[name] = value;
        return copy;
    }
}
