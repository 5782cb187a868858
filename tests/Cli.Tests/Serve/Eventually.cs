namespace Ukspf.Cli.Tests.Serve;

/// <summary>Waits for a condition that serve processes bring about; the deadline only stops a broken test hanging.</summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(60);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, Func<string>? context = null, TimeSpan? deadline = null)
    {
        var giveUp = DateTime.UtcNow + (deadline ?? DefaultDeadline);
        while (!await condition())
        {
            if (DateTime.UtcNow > giveUp)
                throw new TimeoutException($"Still waiting for {what} after {(deadline ?? DefaultDeadline).TotalSeconds} s.{Environment.NewLine}{context?.Invoke()}");
            await Task.Delay(100);
        }
    }

    public static Task WaitUntilAsync(Func<bool> condition, string what, Func<string>? context = null, TimeSpan? deadline = null) =>
        WaitUntilAsync(() => Task.FromResult(condition()), what, context, deadline);
}
