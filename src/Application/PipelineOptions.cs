using Ukspf.Domain.Metrics;
using Ukspf.Domain.Validation;

namespace Ukspf.Application;

/// <summary>Settings of the pipeline; defaults are the project's.</summary>
public sealed record PipelineOptions
{
    /// <summary>Validation thresholds.</summary>
    public ValidationSettings Validation { get; init; } = new();

    /// <summary>Metric thresholds.</summary>
    public MetricSettings Metrics { get; init; } = new();

    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>
    /// Where readers find a round's published 360Giving file, given as every grant's data source: an absolute URI in
    /// which "{round}" stands for the round id. A deployment sets it to its published container's public address.
    /// </summary>
    public string GrantsDataSource { get; init; } = "https://ukspf-returns.example.org/published/{round}/ukspf-grants-{round}.json";
}
