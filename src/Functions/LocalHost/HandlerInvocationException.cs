namespace Ukspf.Functions.LocalHost;

/// <summary>The custom handler did not answer an invocation with success.</summary>
public sealed class HandlerInvocationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HandlerInvocationException(string message, int? statusCode, Exception? inner = null) : base(message, inner)
    {
        StatusCode = statusCode;
    }

    /// <summary>The handler's HTTP status, or null when it could not be reached.</summary>
    public int? StatusCode { get; }

    /// <summary>
    /// False for a 4xx: the handler refused the payload itself, so sending it again cannot help. Failures of the
    /// function (5xx) and of the connection are worth retrying.
    /// </summary>
    public bool IsTransient => StatusCode is null or >= 500;
}
