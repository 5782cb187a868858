using System.Net;
using Ukspf.Application;
using Ukspf.Application.Access;
using Ukspf.Application.Allocations;
using Ukspf.Application.Rounds;
using Ukspf.Application.Tests.Pipeline;
using Ukspf.Portal.Tests.Hosting;

namespace Ukspf.Portal.Tests.Security;

public sealed class AuthorisationTests
{
    [Fact]
    public async Task Every_council_route_refuses_an_officer_of_another_council_and_their_upload_writes_nothing()
    {
        using var host = await PortalHost.StartAsync();
        using var adur = await host.SignedInAsync(PortalHost.AdurOfficer);
        var accepted = await adur.UploadAsync(Routes.Upload(PortalHost.Adur.Code), Routes.Upload(PortalHost.Adur.Code), Routes.UploadField, "adur.xlsx",
            Returns.Fill(await host.TemplateAsync(PortalHost.Adur.Code), Returns.Valid(PortalHost.Adur)));
        var adurSubmission = Assert.Single(await host.SubmissionsAsync(PortalHost.Adur.Code)).Summary.SubmissionId;
        var archived = await host.BlobCountAsync(StorageNames.ArchiveContainer);
        using var arun = await host.SignedInAsync(PortalHost.ArunOfficer);
        var lla = PortalHost.Adur.Code;

        foreach (var route in new[] { Routes.Council(lla), Routes.Template(lla), Routes.Upload(lla), Routes.Submission(lla, adurSubmission), Routes.Feedback(lla, adurSubmission), Routes.History(lla) })
            Assert.Equal(HttpStatusCode.Forbidden, (await arun.Http.GetAsync(route)).StatusCode);
        // Arun's own token, on Adur's upload route: refused before the form is read.
        var upload = await arun.UploadAsync(Routes.Upload(lla), Routes.Upload(PortalHost.Arun.Code), Routes.UploadField, "for-adur.xlsx",
            Returns.Fill(await host.TemplateAsync(lla), Returns.Valid(PortalHost.Adur).Corrected("Sent by Arun.")));

        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Single(await host.SubmissionsAsync(lla));
        Assert.Empty(await host.SubmissionsAsync(PortalHost.Arun.Code));
        Assert.Equal(archived, await host.BlobCountAsync(StorageNames.ArchiveContainer));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Every_fund_manager_route_refuses_a_council_officer_and_their_forms_change_nothing()
    {
        using var host = await PortalHost.StartAsync();
        using var fundManager = await host.SignedInAsync(PortalHost.FundManager);
        Assert.Equal(HttpStatusCode.OK, (await fundManager.Http.GetAsync(Routes.Manage)).StatusCode);
        using var officer = await host.SignedInAsync(PortalHost.AdurOfficer);
        var token = await officer.TokenAsync(Routes.Council(PortalHost.Adur.Code) + "/rounds/2025-26-Q3/upload");

        foreach (var route in new[]
                 {
                     Routes.Manage, Routes.Allocations, Routes.Access, Routes.Dashboard(), Routes.DrillDown(PortalHost.Adur.Code),
                     Routes.Published("consolidated"), Routes.Published("grants-csv"), Routes.Published("grants-json"),
                     $"/manage/rounds/2025-26-Q3/councils/{PortalHost.Adur.Code}/submissions/0123456789abcdef0123/feedback",
                 })
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.Http.GetAsync(route)).StatusCode);
        foreach (var (route, fields) in new (string, Dictionary<string, string>)[]
                 {
                     ("/manage?handler=Open", new() { ["round"] = "2025-26-Q4", ["day"] = "30", ["month"] = "4", ["year"] = "2026" }),
                     ("/manage?handler=Close", new() { ["round"] = PortalHost.RoundText }),
                     ("/manage?handler=Reconcile", new() { ["round"] = PortalHost.RoundText }),
                     ("/manage/access?handler=Save", new() { ["email"] = PortalHost.AdurOfficer, ["fundManager"] = "true" }),
                     ("/manage/access?handler=Remove", new() { ["email"] = PortalHost.ArunOfficer }),
                 })
        {
            fields[PortalClient.TokenField] = token;
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.Http.PostAsync(route, new FormUrlEncodedContent(fields))).StatusCode);
        }
        var allocations = await officer.UploadAsync(Routes.Allocations, Routes.Upload(PortalHost.Adur.Code), Routes.AllocationsField, "allocations.csv",
            new Application.Tests.Pipeline.AllocationsCsv().For(PortalHost.Adur.Code, 9m, 9m).ToStream().ToArray());
        Assert.Equal(HttpStatusCode.Forbidden, allocations.StatusCode);

        var rounds = await host.Get<RoundRepository>().ListAsync();
        Assert.True(Assert.Single(rounds).IsOpen);
        Assert.Equal(0, await host.BlobCountAsync(StorageNames.PublishedContainer));
        var adur = await host.Get<AccessRepository>().GetAsync(PortalHost.AdurOfficer);
        Assert.Equal([PortalRole.Submitter], adur!.Roles);
        Assert.NotNull(await host.Get<AccessRepository>().GetAsync(PortalHost.ArunOfficer));
        Assert.Equal(300_000m, (await host.Get<AllocationRepository>().LoadCouncilAsync(PortalHost.Adur.Code)).Amount(PortalHost.Adur.Code, PortalHost.Round.Year));
    }

    [Fact]
    public async Task A_fund_manager_is_refused_the_council_pages_because_they_submit_for_no_council()
    {
        using var host = await PortalHost.StartAsync();
        using var fundManager = await host.SignedInAsync(PortalHost.FundManager);

        Assert.Equal(HttpStatusCode.Forbidden, (await fundManager.Http.GetAsync(Routes.Upload(PortalHost.Adur.Code))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fundManager.Http.GetAsync(Routes.Template(PortalHost.Adur.Code))).StatusCode);
    }

    [Fact]
    public async Task Someone_not_on_the_access_list_is_told_they_have_no_access()
    {
        using var host = await PortalHost.StartAsync();
        using var stranger = await host.SignedInAsync("someone@elsewhere.example.org");

        var home = await stranger.PageAsync("/", HttpStatusCode.Forbidden);

        Assert.Equal("You do not have access to this service", home.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("someone@elsewhere.example.org", home.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Http.GetAsync(Routes.Council(PortalHost.Adur.Code))).StatusCode);
    }

    [Fact]
    public async Task A_page_asked_for_without_signing_in_goes_to_the_sign_in()
    {
        using var host = await PortalHost.StartAsync();
        using var anonymous = host.Client();

        var response = await anonymous.Http.GetAsync(Routes.Council(PortalHost.Adur.Code));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in", response.Headers.Location!.ToString());
    }
}
