using System.CommandLine;
using Ukspf.Application;

namespace Ukspf.Cli;

/// <summary>The global options that choose where the pipeline keeps its data.</summary>
public static class StoreOptions
{
    /// <summary>Folder of the embedded local store.</summary>
    public static readonly Option<string> Store = new("--store")
    {
        Description = "Folder of the embedded local store (files and SQLite). Default: $UKSPF_STORE or .ukspf/store.",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("UKSPF_STORE") is { Length: > 0 } s ? s : Path.Combine(".ukspf", "store"),
    };

    /// <summary>Which storage to use.</summary>
    public static readonly Option<string> Storage = new("--storage")
    {
        Description = "local (embedded store, the default) or azure (Azure Storage or Azurite; see --connection-string).",
        Recursive = true,
        DefaultValueFactory = _ => "local",
    };

    /// <summary>Azure Storage connection string.</summary>
    public static readonly Option<string?> ConnectionString = new("--connection-string")
    {
        Description = "Azure Storage connection string for --storage azure. Default: $AzureWebJobsStorage.",
        Recursive = true,
    };

    /// <summary>The connection string the command line gives, else the <c>AzureWebJobsStorage</c> setting, as the function app reads it; null when neither is set.</summary>
    public static string? ConnectionStringOf(ParseResult parse) =>
        parse.GetValue(ConnectionString) ?? Environment.GetEnvironmentVariable(Triggers.StorageConnection);

    static StoreOptions()
    {
        Storage.AcceptOnlyFromAmong("local", "azure");
    }
}
