using Ukspf.Domain.Rounds;

namespace Ukspf.Portal.Hosting;

/// <summary>A route segment that is a reporting round as the pipeline writes it ("2025-26-Q3").</summary>
public sealed class RoundIdConstraint : IRouteConstraint
{
    /// <inheritdoc />
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string text && RoundId.TryParse(text, out var id) && id.ToString() == text;
}
