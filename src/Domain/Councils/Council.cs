namespace Ukspf.Domain.Councils;

/// <summary>A lead local authority (LLA): the body that receives an allocation and returns on it.</summary>
/// <param name="Code">
/// The ONS GSS code, e.g. "E07000223": the key in storage paths, table keys, template metadata and published workbooks.
/// </param>
/// <param name="Name">The short name councils and fund managers write, e.g. "Adur".</param>
/// <param name="Nation">The nation, which decides the intervention codes.</param>
/// <param name="Kind">What sort of authority it is, e.g. "Non-metropolitan district"; null when not known.</param>
/// <param name="OrgId">The org-id.guide identifier, e.g. "GB-LAE-ADU"; null for councils that have none yet.</param>
/// <param name="OfficialName">The full official name, e.g. "Adur District Council"; null when it is <paramref name="Name"/>.</param>
public sealed record Council(string Code, string Name, Nation Nation, string? Kind = null, string? OrgId = null, string? OfficialName = null)
{
    /// <summary>The short name as a lower-case, hyphenated slug ("adur"), the key the register used before GSS codes.</summary>
    public string Slug => CouncilNames.Slug(Name);
}
