namespace Ukspf.Portal.Hosting;

/// <summary>The portal's settings, in the configuration section "Portal" (environment variables Portal__Authentication...).</summary>
public sealed class PortalOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Portal";

    /// <summary>The command-line switches the portal takes, and the settings they set.</summary>
    public static IDictionary<string, string> CommandLineSwitches { get; } = new Dictionary<string, string>
    {
        ["--store"] = $"{Section}:{nameof(Store)}",
        ["--storage"] = $"{Section}:{nameof(Storage)}",
        ["--authentication"] = $"{Section}:{nameof(Authentication)}",
    };

    /// <summary>
    /// How users are identified: <see cref="PortalAuthentication.AppService"/> behind App Service Authentication, or
    /// <see cref="PortalAuthentication.Development"/> (a sign-in page listing the store's users). Unset, it is
    /// Development in the Development environment and an error anywhere else.
    /// </summary>
    public PortalAuthentication? Authentication { get; set; }

    /// <summary>"local" (the embedded store in <see cref="Store"/>, the default) or "azure" (the AzureWebJobsStorage connection, as the function app reads it).</summary>
    public string Storage { get; set; } = "local";

    /// <summary>The embedded store's folder; by default .ukspf/store, as the ukspf command's.</summary>
    public string Store { get; set; } = Path.Combine(".ukspf", "store");
}
