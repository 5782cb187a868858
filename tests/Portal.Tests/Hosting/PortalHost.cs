using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Ukspf.Application;
using Ukspf.Application.Access;
using Ukspf.Application.Allocations;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Application.Tests.Pipeline;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Storage.Blobs;

namespace Ukspf.Portal.Tests.Hosting;

/// <summary>
/// The portal in process (Development, the development sign-in) on an embedded store of its own in a temporary
/// folder, on a clock the test controls: allocations for Adur, Arun and Ashford, round 2025-26-Q3 open, and on the
/// access list an officer of Adur, an officer of Arun and a fund manager. Disposing it deletes the folder.
/// </summary>
internal sealed class PortalHost : WebApplicationFactory<Program>
{
    public const string RoundText = "2025-26-Q3";
    public const string AdurOfficer = "officer@adur.example.gov.uk";
    public const string ArunOfficer = "officer@arun.example.gov.uk";
    public const string FundManager = "fund.manager@ukspf.example.gov.uk";

    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    public PortalHost(string environment = "Development", IDictionary<string, string?>? settings = null)
    {
        _environment = environment;
        Folder = Directory.CreateTempSubdirectory("ukspf-portal-").FullName;
        _settings = new Dictionary<string, string?> { ["Portal:Store"] = Path.Combine(Folder, "store") };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public static RoundId Round { get; } = RoundId.Parse(RoundText);

    public static Council Adur { get; } = CouncilRegister.Default.Find("E07000223")!;

    public static Council Arun { get; } = CouncilRegister.Default.Find("E07000224")!;

    public static Council Ashford { get; } = CouncilRegister.Default.Find("E07000105")!;

    public string Folder { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 1, 12, 9, 30, 0, TimeSpan.Zero));

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The portal with the standard councils, round and users.</summary>
    public static async Task<PortalHost> StartAsync()
    {
        var host = new PortalHost();
        try
        {
            await host.SeedAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public async Task SeedAsync()
    {
        var csv = new AllocationsCsv().For(Adur.Code, 100_000m, 200_000m).For(Arun.Code, 150_000m, 250_000m).For(Ashford.Code, 80_000m, 120_000m);
        await Get<ImportAllocations>().RunAsync(csv.ToStream(), "allocations.csv");
        await Get<OpenRound>().RunAsync(RoundText, new DateOnly(2026, 1, 30));
        var access = Get<ManageAccess>();
        foreach (var request in new[]
                 {
                     new AccessRequest(AdurOfficer, "Adur officer", FundManager: false, Submitter: true, Councils: Adur.Code),
                     new AccessRequest(ArunOfficer, "Arun officer", FundManager: false, Submitter: true, Councils: "Arun"),
                     new AccessRequest(FundManager, "Fund manager", FundManager: true, Submitter: false, Councils: null),
                 })
            Assert.Empty(await access.SaveAsync(request));
    }

    public PortalClient Client() => new(CreateClient(), this);

    /// <summary>A client already signed in as <paramref name="email"/>.</summary>
    public async Task<PortalClient> SignedInAsync(string email)
    {
        var client = Client();
        await client.SignInAsync(email);
        return client;
    }

    public async Task<IReadOnlyList<SubmissionRecord>> SubmissionsAsync(string lla) =>
        (await Get<SubmissionRepository>().ListCouncilAsync(lla)).ToList();

    public async Task<int> BlobCountAsync(string container)
    {
        var count = 0;
        await foreach (var _ in Get<IBlobStore>().ListAsync(container)) count++;
        return count;
    }

    public async Task<byte[]?> BlobAsync(string container, string name)
    {
        await using var download = await Get<IBlobStore>().DownloadAsync(container, name);
        if (download is null) return null;
        using var memory = new MemoryStream();
        await download.Content.CopyToAsync(memory);
        return memory.ToArray();
    }

    /// <summary>The council's template for the round, as opening it wrote it.</summary>
    public async Task<byte[]> TemplateAsync(string lla) =>
        await BlobAsync(StorageNames.TemplatesContainer, $"{RoundText}/{lla}.xlsx") ?? throw new InvalidOperationException($"No template for {lla}.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
