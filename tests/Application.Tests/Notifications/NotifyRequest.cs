using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Ukspf.Application.Tests.Notifications;

/// <summary>One request the fake Notify received, with readers for what Notify checks.</summary>
internal sealed record NotifyRequest(string Method, string Path, string? Authorization, string? UserAgent, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string EmailAddress => Json.GetProperty("email_address").GetString()!;

    public string TemplateId => Json.GetProperty("template_id").GetString()!;

    public string? Reference => Json.TryGetProperty("reference", out var r) ? r.GetString() : null;

    public IReadOnlyDictionary<string, string> Personalisation =>
        Json.GetProperty("personalisation").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");

    /// <summary>
    /// The bearer token's claims, after checking it is a JWT signed with HS256 by <paramref name="secret"/> (the
    /// last 36 characters of the API key), as Notify checks it.
    /// </summary>
    public JsonElement VerifiedClaims(string secret)
    {
        Assert.NotNull(Authorization);
        Assert.StartsWith("Bearer ", Authorization, StringComparison.Ordinal);
        var parts = Authorization["Bearer ".Length..].Split('.');
        Assert.Equal(3, parts.Length);

        var header = JsonDocument.Parse(FromBase64Url(parts[0])).RootElement;
        Assert.Equal("HS256", header.GetProperty("alg").GetString());
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        Assert.True(CryptographicOperations.FixedTimeEquals(expected, FromBase64Url(parts[2])), "The token is not signed with the API key's secret.");
        return JsonDocument.Parse(FromBase64Url(parts[1])).RootElement.Clone();
    }

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
