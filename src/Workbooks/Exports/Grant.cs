namespace Ukspf.Workbooks.Exports;

/// <summary>One UKSPF project as a 360Giving grant, built once and written both as JSON and as the flat CSV.</summary>
/// <param name="Id">Publisher prefix, council code and project reference: the same every round.</param>
/// <param name="Title">The project's name.</param>
/// <param name="Description">Intervention, investment priority, council and funding year in a sentence.</param>
/// <param name="AmountAwarded">The year's outturn (actuals plus forecasts), above zero.</param>
/// <param name="AmountDisbursed">The year's actuals so far.</param>
/// <param name="AwardDate">The project's start, or the funding year's when it has none.</param>
/// <param name="StartDate">The planned or actual start, if given.</param>
/// <param name="EndDate">The planned or actual end, if given.</param>
/// <param name="Recipient">The delivery organisation, or the council when it delivers the project itself.</param>
/// <param name="Funder">The lead local authority.</param>
/// <param name="Location">Where the project's beneficiaries are: the council's area.</param>
/// <param name="ProgrammeCode">The intervention code, e.g. "E1".</param>
/// <param name="ProgrammeTitle">The intervention's title, when the catalogue knows it.</param>
/// <param name="Modified">When the file was published, with its offset.</param>
/// <param name="DataSource">Where the published file can be found.</param>
public sealed record Grant(
    string Id,
    string Title,
    string Description,
    decimal AmountAwarded,
    decimal AmountDisbursed,
    DateOnly AwardDate,
    DateOnly? StartDate,
    DateOnly? EndDate,
    GrantOrganisation Recipient,
    GrantOrganisation Funder,
    GrantLocation Location,
    string ProgrammeCode,
    string? ProgrammeTitle,
    DateTimeOffset Modified,
    Uri DataSource)
{
    /// <summary>The currency of every amount: UKSPF is paid in pounds sterling.</summary>
    public const string Currency = "GBP";
}

/// <summary>A funder or recipient as 360Giving names it.</summary>
/// <param name="Id">An org-id.guide identifier (e.g. "GB-LAE-ADU"), or this publisher's own "360G-" one when none is known.</param>
/// <param name="Name">The name as the council wrote it.</param>
public sealed record GrantOrganisation(string Id, string Name);

/// <summary>A beneficiary location.</summary>
/// <param name="Name">The postcode or area the return gives, else the council's name.</param>
/// <param name="GeoCode">The council's ONS GSS code, e.g. "E07000223", when it has one.</param>
/// <param name="GeoCodeType">The 360Giving geoCodeType of that code (e.g. "NMD"); null for a kind of area the codelist lacks.</param>
public sealed record GrantLocation(string Name, string? GeoCode, string? GeoCodeType);
