namespace Ukspf.Domain.Returns;

/// <summary>One project on the Projects sheet.</summary>
/// <param name="Ref">The council's own project reference, unique within the return.</param>
/// <param name="Name">Project name.</param>
/// <param name="InterventionCode">Primary intervention, e.g. "E1".</param>
/// <param name="Status">Planned, Live, Finished or Closed early.</param>
/// <param name="ClosedReason">Why it closed early (required then).</param>
/// <param name="StartDate">Planned or actual start.</param>
/// <param name="EndDate">Planned or actual end.</param>
/// <param name="DeliveryOrganisation">Who delivers it.</param>
/// <param name="Area">Postcode or area name.</param>
/// <param name="Source">Where it was read, if read from a workbook.</param>
/// <param name="OrganisationNumber">
/// The delivery organisation's charity or company number as the council gave it, already checked for form
/// (<see cref="OrganisationNumbers"/>); null when none was given.
/// </param>
public sealed record ReturnProject(
    string Ref,
    string Name,
    string InterventionCode,
    ProjectStatus Status,
    string? ClosedReason,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? DeliveryOrganisation,
    string? Area,
    SourceRow? Source = null,
    string? OrganisationNumber = null);
