using Microsoft.AspNetCore.Http;

namespace Ukspf.Functions.Http;

/// <summary>Reads a request body into memory up to a limit, refusing a larger one before it is all buffered.</summary>
internal static class RequestBody
{
    /// <exception cref="ArgumentException">The body is empty.</exception>
    /// <exception cref="RequestTooLargeException">The body is over <paramref name="maxBytes"/>.</exception>
    public static async Task<MemoryStream> BufferAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) throw RequestTooLargeException.Over(maxBytes);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw RequestTooLargeException.Over(maxBytes);
            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0) throw new ArgumentException("The request has no body: send the allocations file.");
        buffer.Position = 0;
        return buffer;
    }
}
