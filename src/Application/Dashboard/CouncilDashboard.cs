using Ukspf.Application.Findings;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Storage.Blobs;

namespace Ukspf.Application.Dashboard;

/// <summary>
/// What one council's officers see: its open rounds, its templates, its submissions with their findings and its
/// feedback. Everything is read from the council's own partition or prefix, so a council's key never reaches
/// another council's records.
/// </summary>
public sealed class CouncilDashboard(
    IBlobStore blobs, StorageSetup setup, RoundRepository rounds, SubmissionRepository submissions, FindingsRepository findings, TimeProvider clock)
{
    /// <summary>Every open round, oldest first, with the council's template and latest submission.</summary>
    public async Task<IReadOnlyList<CouncilRound>> OpenRoundsAsync(string lla, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var mine = await submissions.ListCouncilAsync(lla, cancellationToken);
        var list = new List<CouncilRound>();
        foreach (var round in (await rounds.ListAsync(cancellationToken)).Where(r => r.IsOpen))
        {
            var template = await blobs.GetPropertiesAsync(StorageNames.TemplatesContainer, TemplateName(round.Id, lla), cancellationToken);
            var latest = mine.Where(s => s.Summary.Round == round.Id).MaxBy(s => s.Summary.ReceivedAt)?.Summary;
            list.Add(new CouncilRound(round, round.Deadline.DayNumber - today.DayNumber, template is not null, latest));
        }
        return list;
    }

    /// <summary>The round if it is open, else null (never opened, or closed).</summary>
    public async Task<Round?> OpenRoundAsync(RoundId round, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        return await rounds.GetAsync(round, cancellationToken) is { IsOpen: true } open ? open : null;
    }

    /// <summary>Every submission of the council, all rounds, newest first.</summary>
    public async Task<IReadOnlyList<SubmissionSummary>> HistoryAsync(string lla, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        return (await submissions.ListCouncilAsync(lla, cancellationToken))
            .Select(s => s.Summary).OrderByDescending(s => s.ReceivedAt).ThenBy(s => s.SubmissionId, StringComparer.Ordinal).ToList();
    }

    /// <summary>One of the council's submissions with its stored findings, or null when the council has no such submission.</summary>
    public async Task<SubmissionDetail?> SubmissionAsync(string lla, RoundId round, string submissionId, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        if (await submissions.GetAsync(round, lla, submissionId, cancellationToken) is not { } record) return null;
        return new SubmissionDetail(record, await findings.ListAsync(submissionId, cancellationToken));
    }

    /// <summary>Opens the council's pre-filled template for the round, or null when none was written.</summary>
    public async Task<BlobDownload?> TemplateAsync(string lla, RoundId round, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        return await blobs.DownloadAsync(StorageNames.TemplatesContainer, TemplateName(round, lla), cancellationToken);
    }

    /// <summary>Opens the feedback workbook of one of the council's submissions, or null when it has no such submission or feedback.</summary>
    public async Task<BlobDownload?> FeedbackAsync(string lla, RoundId round, string submissionId, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        if (await submissions.GetAsync(round, lla, submissionId, cancellationToken) is not { } record) return null;
        return await blobs.DownloadAsync(StorageNames.FeedbackContainer, record.FeedbackBlob, cancellationToken);
    }

    /// <summary>The file name a council's template is offered for download under: "ukspf-return-{round}-{lla}.xlsx".</summary>
    public static string TemplateFileName(RoundId round, string lla) => $"ukspf-return-{round}-{lla}.xlsx";

    private static string TemplateName(RoundId round, string lla) => $"{round}/{lla}.xlsx";
}
