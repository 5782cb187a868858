using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Ukspf.Functions.Hosting;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Local;
using Ukspf.Storage.Tables;

namespace Ukspf.Functions.Tests.Hosting;

/// <summary>The real custom handler on Kestrel, on a free loopback port, over a store of its own.</summary>
internal sealed class RunningHandler : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly LocalStore? ownedStore;
    private readonly string? ownedFolder;

    private RunningHandler(WebApplication app, LocalStore? ownedStore, string? ownedFolder)
    {
        this.app = app;
        this.ownedStore = ownedStore;
        this.ownedFolder = ownedFolder;
        BaseAddress = CustomHandlerApp.BaseAddress(app);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public LocalStore? Store => ownedStore;

    /// <summary>Starts a handler over a fresh embedded store in a temporary folder.</summary>
    public static async Task<RunningHandler> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("ukspf-handler-").FullName;
        var store = LocalStore.Open(folder);
        return await StartAsync(store.Blobs, store.Tables, store, folder);
    }

    /// <summary>Starts a handler over the given stores.</summary>
    public static Task<RunningHandler> StartAsync(IBlobStore blobs, ITableStore tables) => StartAsync(blobs, tables, null, null);

    public async Task<HttpResponseMessage> InvokeAsync(string function, string json) =>
        await Client.PostAsync(function, new StringContent(json, Encoding.UTF8, "application/json"));

    public async Task<JsonElement> InvokeOkAsync(string function, string json)
    {
        using var response = await InvokeAsync(function, json);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{function} answered {(int)response.StatusCode}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        ownedStore?.Dispose();
        if (ownedFolder is not null)
        {
            Directory.Delete(ownedFolder, recursive: true);
        }
    }

    private static async Task<RunningHandler> StartAsync(IBlobStore blobs, ITableStore tables, LocalStore? store, string? folder)
    {
        var app = CustomHandlerApp.Build([], blobs, tables, new CustomHandlerOptions { Port = 0 });
        await app.StartAsync();
        return new RunningHandler(app, store, folder);
    }
}
