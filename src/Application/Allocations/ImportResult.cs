using Ukspf.Domain.Allocations;

namespace Ukspf.Application.Allocations;

/// <summary>What an allocations import stored and what it could not.</summary>
/// <param name="Imported">Rows stored.</param>
/// <param name="Problems">Rows not stored, with the reason.</param>
public sealed record ImportResult(int Imported, IReadOnlyList<AllocationImportProblem> Problems);
