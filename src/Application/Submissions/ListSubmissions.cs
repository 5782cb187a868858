using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;

namespace Ukspf.Application.Submissions;

/// <summary>Lists the submissions of a round and their status, newest first within each council.</summary>
public sealed class ListSubmissions(StorageSetup setup, SubmissionRepository submissions)
{
    /// <summary>Every submission of the round.</summary>
    /// <exception cref="ArgumentException">The round id is malformed.</exception>
    public async Task<IReadOnlyList<SubmissionSummary>> RunAsync(string round, CancellationToken cancellationToken = default)
    {
        if (!RoundId.TryParse(round, out var id)) throw new ArgumentException($"'{round}' is not a reporting round such as 2025-26-Q2.", nameof(round));
        await setup.EnsureAsync(cancellationToken);
        return (await submissions.ListRoundAsync(id, cancellationToken))
            .Select(s => s.Summary)
            .OrderBy(s => s.LlaCode, StringComparer.Ordinal).ThenByDescending(s => s.ReceivedAt)
            .ToList();
    }
}
