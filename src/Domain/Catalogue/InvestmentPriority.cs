namespace Ukspf.Domain.Catalogue;

/// <summary>The fund's investment priorities.</summary>
public enum InvestmentPriority
{
    /// <summary>Communities and Place.</summary>
    CommunitiesAndPlace,

    /// <summary>Supporting Local Business.</summary>
    SupportingLocalBusiness,

    /// <summary>People and Skills.</summary>
    PeopleAndSkills,

    /// <summary>Multiply (adult numeracy).</summary>
    Multiply,
}
