using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Testing.Sheets;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

public sealed class OtherFundsReturnTests
{
    [Fact]
    public async Task Every_real_return_of_another_fund_is_rejected_as_not_a_UKSPF_return_or_as_damaged()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var files = OtherFundsReturns.Files();
        var unexpected = new List<string>();

        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            var result = await pipeline.IngestAsync("E07000223", Path.GetFileName(file), bytes);

            var archived = await pipeline.BlobAsync(StorageNames.ArchiveContainer, result.ArchiveBlob);
            var feedback = await pipeline.BlobAsync(StorageNames.FeedbackContainer, result.FeedbackBlob);
            var understood = result.Status == SubmissionStatus.Rejected
                && result.Findings.Any(f => f.RuleId == RuleIds.File && f.Severity == Severity.Error)
                && (result.Reason!.Contains("not a UKSPF return", StringComparison.Ordinal) || result.Reason.Contains("damaged", StringComparison.Ordinal))
                && archived is not null && archived.AsSpan().SequenceEqual(bytes)
                && feedback is not null && SheetRows.SheetNames(feedback).Contains("Feedback");
            if (!understood) unexpected.Add($"{Path.GetFileName(file)}: {result.Status}, {result.Reason}");
        }

        Assert.Empty(unexpected);
        Assert.Equal(files.Count, (await pipeline.SubmissionsAsync("E07000223")).Count(s => s.Summary.Status == SubmissionStatus.Rejected));
    }
}
