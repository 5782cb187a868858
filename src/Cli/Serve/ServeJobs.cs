using Microsoft.Azure.WebJobs;

namespace Ukspf.Cli.Serve;

/// <summary>
/// The SDK's job types, named rather than found by scanning the entry assembly, so the host runs exactly these two
/// whichever assembly starts it.
/// </summary>
internal sealed class ServeJobs : ITypeLocator
{
    public IReadOnlyList<Type> GetTypes() => [typeof(IngestJob), typeof(ReconcileJob)];
}
