namespace Ukspf.Domain.Councils;

/// <summary>A lead local authority (LLA): the body that receives an allocation and returns on it.</summary>
/// <param name="Code">The stable LLA code used in storage paths, e.g. "adur".</param>
/// <param name="Name">The name as councils and fund managers write it.</param>
/// <param name="Nation">The nation, which decides the intervention codes.</param>
public sealed record Council(string Code, string Name, Nation Nation);
