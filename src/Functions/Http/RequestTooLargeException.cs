namespace Ukspf.Functions.Http;

/// <summary>A request body over the function's limit; answered with 413.</summary>
internal sealed class RequestTooLargeException(string message) : Exception(message)
{
    public static RequestTooLargeException Over(long maxBytes) =>
        new($"The file is larger than {maxBytes / 1048576} MB, the most this function accepts.");
}
