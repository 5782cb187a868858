namespace Ukspf.Functions.Hosting.Protocol;

/// <summary>The invocation payload is malformed or lacks something the function needs; the handler answers 400 and the host does not retry in vain.</summary>
public sealed class PayloadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PayloadException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
