using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Validation;

/// <summary>Everything a rule may consult about one submitted return.</summary>
/// <param name="Return">The return as parsed.</param>
/// <param name="UploadLlaCode">The council the upload path belongs to.</param>
/// <param name="Council">That council, if known to the register.</param>
/// <param name="Round">The round the upload was made into, if it exists.</param>
/// <param name="Catalogue">Interventions and indicators.</param>
/// <param name="Allocations">Allocations in force.</param>
/// <param name="Previous">The council's last accepted return, if any.</param>
/// <param name="Settings">Thresholds.</param>
/// <param name="Today">The date the return was received.</param>
public sealed record ValidationContext(
    CouncilReturn Return,
    string UploadLlaCode,
    Council? Council,
    Round? Round,
    Catalogue.Catalogue Catalogue,
    AllocationBook Allocations,
    CouncilReturn? Previous,
    ValidationSettings Settings,
    DateOnly Today);
