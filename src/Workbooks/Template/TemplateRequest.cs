using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;

namespace Ukspf.Workbooks.Template;

/// <summary>What a return template is generated for: one council and one round.</summary>
/// <param name="Council">The lead local authority the template is for.</param>
/// <param name="Round">The reporting round (period, deadline).</param>
/// <param name="CapitalAllocation">The council's capital allocation for the round's financial year, in pounds.</param>
/// <param name="RevenueAllocation">The council's revenue allocation for the round's financial year, in pounds.</param>
/// <param name="Catalogue">The interventions and indicators the drop-down lists offer.</param>
/// <param name="CarriedForward">What the template comes pre-filled with from the council's last accepted return; null for a blank template.</param>
public sealed record TemplateRequest(
    Council Council,
    Round Round,
    decimal CapitalAllocation,
    decimal RevenueAllocation,
    Domain.Catalogue.Catalogue Catalogue,
    CarriedForward? CarriedForward = null);
