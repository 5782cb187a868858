namespace Ukspf.Storage.Local;

/// <summary>
/// Wraps synchronous SQLite work as a completed task, so a failure always arrives through the task, as it would from
/// a remote store, rather than being thrown at the call.
/// </summary>
internal static class Completed
{
    public static Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            return Task.FromResult(work());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }
        catch (Exception exception)
        {
            return Task.FromException<T>(exception);
        }
    }

    public static Task Run(Action work, CancellationToken cancellationToken) =>
        Run(() => { work(); return true; }, cancellationToken);
}
