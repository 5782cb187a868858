namespace Ukspf.Functions.Tests.LocalHost;

/// <summary>Waits for a condition that background hosts bring about; the deadline only stops a broken test hanging.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var giveUp = DateTime.UtcNow + Deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"Still waiting for {what}.");
            }

            await Task.Delay(25);
        }
    }

    public static Task WaitUntilAsync(Func<bool> condition, string what) => WaitUntilAsync(() => Task.FromResult(condition()), what);
}
