using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Application.Allocations;
using Ukspf.Application.Submissions;
using Ukspf.Storage.Blobs;
using Ukspf.Workbooks.Template;

namespace Ukspf.Application.Rounds;

/// <summary>
/// Opens a reporting round: records it and writes a template for every council with an allocation that year, naming
/// the council and its allocations. A council with a return accepted in an earlier round gets its template pre-filled
/// from the latest one (<see cref="CarriedForward"/>).
/// </summary>
public sealed class OpenRound(
    IBlobStore blobs,
    StorageSetup setup,
    RoundRepository rounds,
    AllocationRepository allocations,
    CouncilRegister councils,
    SubmissionRepository submissions,
    ReturnLinesRepository lines)
{
    private readonly LastAcceptedReturns _lastAccepted = new(submissions, lines);

    /// <summary>Opens (or re-opens) the round; rewriting the templates is harmless.</summary>
    /// <exception cref="ArgumentException">The round id is malformed, or no council has an allocation for its year.</exception>
    public async Task<OpenRoundResult> RunAsync(string round, DateOnly deadline, CancellationToken cancellationToken = default)
    {
        if (!RoundId.TryParse(round, out var id)) throw new ArgumentException($"'{round}' is not a reporting round such as 2025-26-Q2.", nameof(round));
        await setup.EnsureAsync(cancellationToken);
        var book = await allocations.LoadAsync(cancellationToken);
        var codes = book.CouncilsIn(id.Year).Order(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
            throw new ArgumentException($"No allocations are loaded for {id.Year}: import allocations first (ukspf allocations import <file>).", nameof(round));

        var opened = new Round(id, deadline, IsOpen: true, FundingPeriod.For(id.Year));
        await rounds.SaveAsync(opened, cancellationToken);

        var generator = new ReturnTemplateGenerator();
        var written = new List<string>();
        foreach (var code in codes)
        {
            var council = councils.Find(code) ?? new Council(code, code, Nation.England);
            await using var output = new MemoryStream();
            generator.Generate(new TemplateRequest(council, opened,
                book.Amount(code, id.Year, SpendType.Capital), book.Amount(code, id.Year, SpendType.Revenue),
                Domain.Catalogue.Catalogue.Default, await _lastAccepted.BeforeAsync(council.Code, id, cancellationToken)), output);
            output.Position = 0;
            var name = $"{id}/{council.Code}.xlsx";
            await blobs.UploadAsync(StorageNames.TemplatesContainer, name, output, new BlobUploadOptions { ContentType = ContentTypes.Workbook }, cancellationToken);
            written.Add(name);
        }
        return new OpenRoundResult(id.ToString(), written);
    }

    /// <summary>Closes a round: later uploads into it are rejected.</summary>
    /// <exception cref="ArgumentException">The round was never opened.</exception>
    public async Task CloseAsync(string round, CancellationToken cancellationToken = default)
    {
        if (!RoundId.TryParse(round, out var id)) throw new ArgumentException($"'{round}' is not a reporting round such as 2025-26-Q2.", nameof(round));
        await setup.EnsureAsync(cancellationToken);
        var existing = await rounds.GetAsync(id, cancellationToken) ?? throw new ArgumentException($"Round {id} has not been opened.", nameof(round));
        await rounds.SaveAsync(existing with { IsOpen = false }, cancellationToken);
    }
}
