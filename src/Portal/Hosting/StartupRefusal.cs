namespace Ukspf.Portal.Hosting;

/// <summary>Why the portal will not start with its settings: thrown while the app is built, before it serves anything.</summary>
public sealed class StartupRefusal(string message) : InvalidOperationException(message);
