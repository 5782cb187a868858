using System.Net;
using Ukspf.Application;
using Ukspf.Application.Findings;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Portal.Tests.Hosting;
using Ukspf.Testing.Sheets;

namespace Ukspf.Portal.Tests.Councils;

public sealed class UploadJourneyTests
{
    [Fact]
    public async Task A_council_officer_with_one_council_is_taken_to_it_and_sees_the_open_round_with_days_left_and_its_template()
    {
        using var host = await PortalHost.StartAsync();
        using var officer = await host.SignedInAsync(PortalHost.AdurOfficer);

        var home = await officer.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(Routes.Council(PortalHost.Adur.Code), home.Headers.Location!.OriginalString);

        var page = await officer.PageAsync(Routes.Council(PortalHost.Adur.Code));
        Assert.Contains("Round 2025-26-Q3", page.QuerySelector("main h2")!.TextContent);
        Assert.Contains("30 January 2026 (18 days left)", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Not sent", page.QuerySelector("main .govuk-tag")!.TextContent);
        var template = await officer.Http.GetAsync(Routes.Template(PortalHost.Adur.Code));
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal(await host.TemplateAsync(PortalHost.Adur.Code), await template.Content.ReadAsByteArrayAsync());
        Assert.Equal("ukspf-return-2025-26-Q3-E07000223.xlsx", template.Content.Headers.ContentDisposition!.FileName);
    }

    [Fact]
    public async Task A_return_with_mistakes_shows_the_rejection_its_findings_grouped_by_rule_and_the_feedback_then_a_corrected_one_is_accepted()
    {
        using var host = await PortalHost.StartAsync();
        using var officer = await host.SignedInAsync(PortalHost.AdurOfficer);
        var template = await (await officer.Http.GetAsync(Routes.Template(PortalHost.Adur.Code))).Content.ReadAsByteArrayAsync();

        var upload = await officer.UploadAsync(Routes.Upload(PortalHost.Adur.Code), Routes.Upload(PortalHost.Adur.Code), Routes.UploadField,
            "adur-q3.xlsx", Returns.Fill(template, Returns.OverAllocation(PortalHost.Adur)));

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var record = Assert.Single(await host.SubmissionsAsync(PortalHost.Adur.Code));
        Assert.Equal(SubmissionStatus.Rejected, record.Summary.Status);
        Assert.Equal(PortalHost.AdurOfficer, record.Summary.UploadedBy);
        Assert.Equal(Routes.Submission(PortalHost.Adur.Code, record.Summary.SubmissionId), upload.Headers.Location!.OriginalString);
        var stored = await host.Get<FindingsRepository>().ListAsync(record.Summary.SubmissionId);
        Assert.Contains(stored, f => f.RuleId == RuleIds.Allocation && f.Severity == Severity.Error);

        var result = await officer.PageAsync(upload.Headers.Location.OriginalString);
        var summary = result.QuerySelector(".govuk-error-summary")!;
        var link = Assert.Single(summary.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#rule-R05");
        Assert.Contains($"R05: {RuleIds.Titles[RuleIds.Allocation]}", link.TextContent);
        var r05 = result.QuerySelector("#rule-R05")!;
        var errors = stored.Count(f => f.RuleId == RuleIds.Allocation && f.Severity == Severity.Error);
        Assert.Contains(errors == 1 ? "1 error" : $"{errors} errors", r05.QuerySelector("caption")!.TextContent);
        var firstRow = r05.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        var first = stored.First(f => f.RuleId == RuleIds.Allocation);
        Assert.Equal(first.Location.Sheet, firstRow[0]);
        Assert.Equal(first.Location.Cell ?? "", firstRow[1]);
        Assert.Contains(first.Message, firstRow[3]);
        Assert.Contains(PortalHost.AdurOfficer, result.QuerySelector("main")!.TextContent);

        var feedback = await officer.Http.GetAsync(Routes.Feedback(PortalHost.Adur.Code, record.Summary.SubmissionId));
        Assert.Equal(HttpStatusCode.OK, feedback.StatusCode);
        var feedbackBook = await feedback.Content.ReadAsByteArrayAsync();
        Assert.Equal("Rejected", SheetRows.Read(feedbackBook, "Feedback").Single(r => r.GetValueOrDefault("A") == "Result")["B"]);

        host.Clock.Advance(TimeSpan.FromHours(2));
        var corrected = await officer.UploadAsync(Routes.Upload(PortalHost.Adur.Code), Routes.Upload(PortalHost.Adur.Code), Routes.UploadField,
            "adur-q3-v2.xlsx", Returns.Fill(template, Returns.Valid(PortalHost.Adur)));
        var accepted = await officer.PageAsync(corrected.Headers.Location!.OriginalString);
        Assert.Contains("was accepted", accepted.QuerySelector(".govuk-notification-banner--success")!.TextContent);
        Assert.Null(accepted.QuerySelector(".govuk-error-summary"));

        var history = await officer.PageAsync(Routes.History(PortalHost.Adur.Code));
        var rows = history.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("adur-q3-v2.xlsx", rows[0]);
        Assert.Contains("Accepted", rows[0]);
        Assert.Contains("Rejected", rows[1]);
        Assert.All(rows, r => Assert.Contains(PortalHost.AdurOfficer, r));

        var published = await host.Get<Ukspf.Application.Reconcile.ReconcileRound>().RunAsync(PortalHost.RoundText);
        var sheet = SheetRows.Table((await host.BlobAsync(StorageNames.PublishedContainer, published.LatestBlob))!, "Submissions");
        Assert.Equal(2, sheet.Count(r => r["GSS code"] == PortalHost.Adur.Code));
        Assert.All(sheet.Where(r => r["GSS code"] == PortalHost.Adur.Code), r => Assert.Equal(PortalHost.AdurOfficer, r["Uploaded by"]));
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_turned_away_by_its_name_with_nothing_stored()
    {
        using var host = await PortalHost.StartAsync();
        using var officer = await host.SignedInAsync(PortalHost.AdurOfficer);

        var response = await officer.UploadAsync(Routes.Upload(PortalHost.Adur.Code), Routes.Upload(PortalHost.Adur.Code), Routes.UploadField, "return.pdf", [1, 2, 3]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalClient.DocumentAsync(response);
        Assert.Contains("must be an Excel workbook (.xlsx)", page.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal("#return-file", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Empty(await host.SubmissionsAsync(PortalHost.Adur.Code));
        Assert.Equal(0, await host.BlobCountAsync(StorageNames.ArchiveContainer));
    }

    [Fact]
    public async Task A_file_larger_than_the_largest_return_is_turned_away_with_the_limit_and_nothing_stored()
    {
        using var host = await PortalHost.StartAsync();
        using var officer = await host.SignedInAsync(PortalHost.AdurOfficer);
        var tooLarge = new byte[host.Get<PipelineOptions>().MaxUploadBytes + 1024 * 1024];

        var response = await officer.UploadAsync(Routes.Upload(PortalHost.Adur.Code), Routes.Upload(PortalHost.Adur.Code), Routes.UploadField, "adur.xlsx", tooLarge);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must be smaller than 20 MB", (await PortalClient.DocumentAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Empty(await host.SubmissionsAsync(PortalHost.Adur.Code));
        Assert.Equal(0, await host.BlobCountAsync(StorageNames.ArchiveContainer));
    }

    [Fact]
    public async Task An_upload_without_the_forms_token_is_refused_and_nothing_is_stored()
    {
        using var host = await PortalHost.StartAsync();
        using var officer = await host.SignedInAsync(PortalHost.AdurOfficer);
        var bytes = Returns.Fill(await host.TemplateAsync(PortalHost.Adur.Code), Returns.Valid(PortalHost.Adur));

        var response = await officer.UploadAsync(Routes.Upload(PortalHost.Adur.Code), null, Routes.UploadField, "adur.xlsx", bytes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await host.SubmissionsAsync(PortalHost.Adur.Code));
        Assert.Equal(0, await host.BlobCountAsync(StorageNames.ArchiveContainer));
    }
}
