namespace Ukspf.Functions.Hosting.Metadata;

/// <summary>
/// Every function of the app and its bindings, defined once. function.json files are generated from it, the custom
/// handler maps a route per entry and the local trigger host schedules from it, so the three cannot disagree.
/// </summary>
public static class FunctionCatalog
{
    /// <summary>The nightly schedule used when <see cref="AppSettingNames.ReconcileSchedule"/> is not set: 02:00 UTC.</summary>
    public const string DefaultReconcileSchedule = "0 0 2 * * *";

    /// <summary>The inbox trigger path; each <c>{part}</c> arrives in the invocation's Metadata.</summary>
    public const string InboxPath = StorageNames.InboxContainer + "/{round}/{lla}/{name}";

    /// <summary>The name of every HTTP trigger binding: the request arrives as <c>Data.req</c>.</summary>
    public const string HttpRequestBinding = "req";

    /// <summary>The name of every HTTP output binding: the response goes in <c>Outputs.res</c>.</summary>
    public const string HttpResponseBinding = "res";

    /// <summary>Functions require a function key (or the host key) on every HTTP call.</summary>
    public const string HttpAuthLevel = "function";

    private static readonly HttpOutputBinding Response = new(HttpResponseBinding);

    /// <summary>Every function, in a fixed order.</summary>
    public static IReadOnlyList<FunctionDefinition> All { get; } =
    [
        new(FunctionNames.IngestReturn, new BlobTriggerBinding("upload", InboxPath, AppSettingNames.StorageConnection, "EventGrid"), []),
        new(FunctionNames.ReconcileRound, new TimerTriggerBinding("timer", $"%{AppSettingNames.ReconcileSchedule}%"), []),
        Http(FunctionNames.ReconcileRoundNow, "rounds/{round}/reconcile", "post"),
        Http(FunctionNames.OpenRound, "rounds/{round}", "post"),
        Http(FunctionNames.ImportAllocations, "allocations", "post"),
        Http(FunctionNames.ListSubmissions, "rounds/{round}/submissions", "get"),
    ];

    /// <summary>The settings the app reads that have a default, with that default.</summary>
    public static IReadOnlyDictionary<string, string> SettingDefaults { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AppSettingNames.ReconcileSchedule] = DefaultReconcileSchedule,
    };

    /// <summary>A timer's schedule with a <c>%Setting%</c> reference replaced by the setting's value (or its default).</summary>
    /// <exception cref="InvalidOperationException">The setting is unset and has no default.</exception>
    public static string ResolveSchedule(TimerTriggerBinding trigger, Func<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(settings);
        if (trigger.ScheduleSetting is not { } setting)
        {
            return trigger.Schedule;
        }

        var value = settings(setting);
        return !string.IsNullOrWhiteSpace(value) ? value
            : SettingDefaults.TryGetValue(setting, out var fallback) ? fallback
            : throw new InvalidOperationException($"The schedule setting {setting} is not set.");
    }

    /// <summary>The function with this name.</summary>
    /// <exception cref="KeyNotFoundException">No function has that name.</exception>
    public static FunctionDefinition Get(string name) =>
        All.FirstOrDefault(f => f.Name == name) ?? throw new KeyNotFoundException($"No function is named '{name}'.");

    private static FunctionDefinition Http(string name, string route, string method) =>
        new(name, new HttpTriggerBinding(HttpRequestBinding, route, [method], HttpAuthLevel), [Response]);
}
