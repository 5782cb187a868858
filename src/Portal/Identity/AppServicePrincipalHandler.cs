using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Ukspf.Portal.Identity;

/// <summary>
/// Reads the user App Service Authentication signed in: the platform checks the Entra ID sign-in and passes the
/// principal to the app as base64 JSON in the X-MS-CLIENT-PRINCIPAL header (and strips that header from what
/// clients send). The user is known by their email; roles and councils come from the access list, not from here.
/// </summary>
public sealed class AppServicePrincipalHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "AppService";

    /// <summary>The header the platform passes the principal in.</summary>
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    // Entra ID gives the sign-in name as preferred_username; other providers as email or the emailaddress claim.
    private static readonly string[] EmailClaims = ["preferred_username", "email", ClaimTypes.Email, "upn", ClaimTypes.Upn];

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(PrincipalHeader, out var header) || string.IsNullOrWhiteSpace(header)) return Task.FromResult(AuthenticateResult.NoResult());
        ClientPrincipal? principal;
        try
        {
            principal = JsonSerializer.Deserialize<ClientPrincipal>(Encoding.UTF8.GetString(Convert.FromBase64String(header.ToString())));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return Task.FromResult(AuthenticateResult.Fail($"{PrincipalHeader} is not base64 JSON."));
        }
        var claims = principal?.Claims ?? [];
        var email = EmailClaims.Select(type => claims.FirstOrDefault(c => c.Type == type && c.Value.Contains('@'))?.Value).FirstOrDefault(v => v is not null);
        if (email is null) return Task.FromResult(AuthenticateResult.Fail($"{PrincipalHeader} names no email address."));
        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Email, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Email, email.Trim()));
        if (claims.FirstOrDefault(c => c.Type == "name")?.Value is { Length: > 0 } name) identity.AddClaim(new Claim(ClaimTypes.GivenName, name));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    private sealed record ClientPrincipal(
        [property: System.Text.Json.Serialization.JsonPropertyName("auth_typ")] string? AuthenticationType,
        [property: System.Text.Json.Serialization.JsonPropertyName("claims")] IReadOnlyList<ClientClaim>? Claims);

    private sealed record ClientClaim(
        [property: System.Text.Json.Serialization.JsonPropertyName("typ")] string Type,
        [property: System.Text.Json.Serialization.JsonPropertyName("val")] string Value);
}
