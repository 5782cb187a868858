using Ukspf.Domain.Catalogue;

namespace Ukspf.Domain.Metrics;

/// <summary>Spend under one intervention across the programme.</summary>
/// <param name="Code">Intervention code.</param>
/// <param name="Title">Its title.</param>
/// <param name="Priority">Its priority.</param>
/// <param name="Actual">Actual to date.</param>
/// <param name="ForecastOutturn">Actual plus remaining forecast.</param>
/// <param name="Projects">Number of projects.</param>
/// <param name="Councils">Number of councils with projects under it.</param>
public sealed record InterventionMetrics(string Code, string Title, InvestmentPriority Priority, decimal Actual, decimal ForecastOutturn, int Projects, int Councils);
