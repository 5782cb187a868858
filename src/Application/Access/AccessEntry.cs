namespace Ukspf.Application.Access;

/// <summary>One person on the access list.</summary>
/// <param name="Email">Their email as the sign-in gives it, lower case: the key they are found by.</param>
/// <param name="Name">How pages name them; null when not given.</param>
/// <param name="Roles">What they may do; never empty.</param>
/// <param name="Councils">The GSS codes of the councils they may submit for; empty unless they are a <see cref="PortalRole.Submitter"/>.</param>
public sealed record AccessEntry(string Email, string? Name, IReadOnlyList<PortalRole> Roles, IReadOnlyList<string> Councils)
{
    /// <summary>True when the entry grants <paramref name="role"/>.</summary>
    public bool Has(PortalRole role) => Roles.Contains(role);

    /// <summary>True when they may submit for the council with GSS code <paramref name="lla"/>.</summary>
    public bool MaySubmitFor(string lla) => Has(PortalRole.Submitter) && Councils.Contains(lla, StringComparer.OrdinalIgnoreCase);
}
