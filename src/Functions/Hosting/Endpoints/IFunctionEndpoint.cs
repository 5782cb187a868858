using Ukspf.Functions.Hosting.Protocol;

namespace Ukspf.Functions.Hosting.Endpoints;

/// <summary>One function's handler: turns the host's invocation payload into a call of the plain function class.</summary>
internal interface IFunctionEndpoint
{
    /// <summary>The function name, which is also the path the host posts to.</summary>
    string Name { get; }

    /// <summary>Runs the function.</summary>
    /// <exception cref="PayloadException">The payload is malformed; answered with 400.</exception>
    Task<InvocationResponse> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken);
}
