namespace Ukspf.Domain.Councils;

/// <summary>A lead local authority (LLA): the body that receives an allocation and returns on it.</summary>
/// <param name="Code">The stable LLA code used in storage paths, e.g. "adur".</param>
/// <param name="Name">The name as councils and fund managers write it.</param>
/// <param name="Nation">The nation, which decides the intervention codes.</param>
/// <param name="OrgId">
/// The council's registered organisation identifier (org-id.guide), e.g. "GB-LAE-ADU"; null for a council no
/// register lists, which a 360Giving file then names by an identifier of this publisher's own.
/// </param>
public sealed record Council(string Code, string Name, Nation Nation, string? OrgId = null);
