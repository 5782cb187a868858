using System.Net;
using Ukspf.Application.Access;
using Ukspf.Application.Rounds;
using Ukspf.Portal.Tests.Hosting;

namespace Ukspf.Portal.Tests.Security;

public sealed class AntiforgeryTests
{
    [Fact]
    public async Task Every_form_is_refused_without_its_token_and_changes_nothing()
    {
        using var host = await PortalHost.StartAsync();
        using var fundManager = await host.SignedInAsync(PortalHost.FundManager);

        foreach (var (route, fields) in new (string, Dictionary<string, string>)[]
                 {
                     ("/sign-in", new() { ["email"] = PortalHost.AdurOfficer }),
                     ("/sign-out", new()),
                     ("/manage?handler=Open", new() { ["round"] = "2025-26-Q4", ["day"] = "30", ["month"] = "4", ["year"] = "2026" }),
                     ("/manage?handler=Close", new() { ["round"] = PortalHost.RoundText }),
                     ("/manage?handler=Reconcile", new() { ["round"] = PortalHost.RoundText }),
                     ("/manage/access?handler=Save", new() { ["email"] = "new@council.gov.uk", ["fundManager"] = "true" }),
                     ("/manage/access?handler=Remove", new() { ["email"] = PortalHost.ArunOfficer }),
                 })
            Assert.Equal(HttpStatusCode.BadRequest, (await fundManager.Http.PostAsync(route, new FormUrlEncodedContent(fields))).StatusCode);
        var allocations = await fundManager.UploadAsync(Routes.Allocations, null, Routes.AllocationsField, "allocations.csv",
            new Application.Tests.Pipeline.AllocationsCsv().For(PortalHost.Adur.Code, 9m, 9m).ToStream().ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, allocations.StatusCode);

        Assert.True(Assert.Single(await host.Get<RoundRepository>().ListAsync()).IsOpen);
        Assert.Null(await host.Get<AccessRepository>().GetAsync("new@council.gov.uk"));
        Assert.NotNull(await host.Get<AccessRepository>().GetAsync(PortalHost.ArunOfficer));
        Assert.Equal(HttpStatusCode.OK, (await fundManager.Http.GetAsync(Routes.Manage)).StatusCode);
    }
}
