using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Storage;
using Ukspf.Storage.Blobs;

namespace Ukspf.Functions.LocalHost;

/// <summary>
/// The blob trigger: lists each trigger's container, and for every blob version without a receipt claims it,
/// invokes the handler (retrying with exponential backoff), then writes its receipt, or a poison record once every
/// attempt has failed.
/// </summary>
internal sealed class BlobTriggerRunner
{
    private readonly IBlobStore blobs;
    private readonly ReceiptStore receipts;
    private readonly HandlerClient handler;
    private readonly LocalTriggerHostOptions options;
    private readonly string hostId;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly ResiliencePipeline retry;

    public BlobTriggerRunner(IBlobStore blobs, ReceiptStore receipts, HandlerClient handler, LocalTriggerHostOptions options, string hostId, TimeProvider clock, ILogger logger)
    {
        this.blobs = blobs;
        this.receipts = receipts;
        this.handler = handler;
        this.options = options;
        this.hostId = hostId;
        this.clock = clock;
        this.logger = logger;
        retry = BuildRetry(options, logger);
    }

    public static IEnumerable<(FunctionDefinition Function, BlobTriggerBinding Trigger)> Functions =>
        FunctionCatalog.All.Where(f => f.Trigger is BlobTriggerBinding).Select(f => (f, (BlobTriggerBinding)f.Trigger));

    /// <summary>One pass over every blob trigger. New work stops starting when <paramref name="stopping"/> fires; work under way runs until <paramref name="hardStop"/>.</summary>
    public async Task PollAsync(CancellationToken stopping, CancellationToken hardStop)
    {
        foreach (var (function, trigger) in Functions)
        {
            var pattern = new BlobPathPattern(trigger.Path);
            var done = await receipts.DoneKeysAsync(ReceiptNames.BlobKeyPrefix(function.Name), stopping);
            var pending = new List<(BlobProperties Blob, IReadOnlyDictionary<string, string> Parts)>();
            await foreach (var blob in blobs.ListAsync(pattern.Container, null, stopping))
            {
                if (pattern.Match(blob.Name) is { } parts && !done.Contains(Key(function.Name, blob)))
                {
                    pending.Add((blob, parts));
                }
            }

            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelBlobs, CancellationToken = stopping };
            await Parallel.ForEachAsync(pending, parallel, (item, _) => new ValueTask(ProcessAsync(function, trigger, item.Blob, item.Parts, hardStop)));
        }
    }

    private static string Key(string function, BlobProperties blob) => ReceiptNames.BlobKey(function, blob.ETag, blob.Name);

    private async Task ProcessAsync(FunctionDefinition function, BlobTriggerBinding trigger, BlobProperties listed, IReadOnlyDictionary<string, string> parts, CancellationToken hardStop)
    {
        var key = Key(function.Name, listed);
        await using var claim = await receipts.TryClaimAsync(key, options.LeaseDuration, hardStop);
        if (claim is null || await receipts.IsDoneAsync(key, hardStop))
        {
            return;
        }

        try
        {
            await RunClaimedAsync(function, trigger, listed, parts, key, claim, hardStop);
        }
        catch (OperationCanceledException) when (claim.Lost.IsCancellationRequested && !hardStop.IsCancellationRequested)
        {
            logger.LogWarning("{Function} stopped work on {Blob}: its claim was lost", function.Name, listed.Name);
        }
    }

    private async Task RunClaimedAsync(FunctionDefinition function, BlobTriggerBinding trigger, BlobProperties listed, IReadOnlyDictionary<string, string> parts, string key, Claim claim, CancellationToken hardStop)
    {
        using var work = CancellationTokenSource.CreateLinkedTokenSource(hardStop, claim.Lost);
        var content = await ReadVersionAsync(trigger.Container, listed, work.Token);
        if (content is null)
        {
            // Replaced or deleted since it was listed: the new version has a key of its own.
            return;
        }

        var payload = TriggerPayloads.Blob(function, trigger, listed, parts, content, clock.GetUtcNow());
        var attempts = 0;
        try
        {
            await retry.ExecuteAsync(async token =>
            {
                attempts++;
                await handler.InvokeAsync(function.Name, payload, token);
            }, work.Token);
            await receipts.CompleteAsync(key, "succeeded", attempts);
        }
        catch (HandlerInvocationException e) when (!work.IsCancellationRequested)
        {
            logger.LogError("{Function} gave up on {Blob} after {Attempts} attempts: {Reason}", function.Name, listed.Name, attempts, e.Message);
            await WritePoisonAsync(function, trigger, listed, attempts, e.Message);
            await receipts.CompleteAsync(key, "poisoned", attempts);
        }

        await claim.RemoveAsync();
    }

    private async Task<byte[]?> ReadVersionAsync(string container, BlobProperties listed, CancellationToken cancellationToken)
    {
        await using var download = await blobs.DownloadAsync(container, listed.Name, cancellationToken);
        if (download is null || download.Properties.ETag != listed.ETag)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await download.Content.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private async Task WritePoisonAsync(FunctionDefinition function, BlobTriggerBinding trigger, BlobProperties blob, int attempts, string error)
    {
        var record = new PoisonRecord(function.Name, trigger.Container, blob.Name, blob.ETag, attempts, error, clock.GetUtcNow(), hostId);
        using var json = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(record));
        var name = ReceiptNames.Poison(function.Name, blob.ETag, blob.Name);
        try
        {
            await blobs.UploadAsync(HostContainers.Poison, name, json,
                new BlobUploadOptions { ContentType = "application/json", Conditions = BlobConditions.IfNoneMatchAny }, CancellationToken.None);
        }
        catch (StorageException e) when (e.IsConflict)
        {
            logger.LogDebug("The poison record {Name} was already written", name);
        }
    }

    private static ResiliencePipeline BuildRetry(LocalTriggerHostOptions options, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.RetryDelay,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<HandlerInvocationException>(e => e.IsTransient),
                OnRetry = args =>
                {
                    logger.LogWarning("Attempt {Attempt} failed ({Reason}); retrying in {Delay}", args.AttemptNumber + 1, args.Outcome.Exception?.Message, args.RetryDelay);
                    return default;
                },
            });
        }

        return builder.Build();
    }
}
