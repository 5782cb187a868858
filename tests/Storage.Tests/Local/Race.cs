namespace Ukspf.Storage.Tests.Local;

/// <summary>
/// Runs contenders on threads of their own, released together, so that they really overlap even where the store
/// completes its work synchronously.
/// </summary>
public static class Race
{
    public static async Task<T[]> RunAsync<T>(int contenders, Func<int, Task<T>> contender)
    {
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, contenders)
            .Select(i => Task.Factory.StartNew(
                () =>
                {
                    start.Wait();
                    return contender(i);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).Unwrap())
            .ToArray();
        start.Set();
        return await Task.WhenAll(tasks);
    }
}
