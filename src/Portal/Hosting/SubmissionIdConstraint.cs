namespace Ukspf.Portal.Hosting;

/// <summary>A route segment shaped like a submission id: the 20 lower-case hex digits ingest derives from an upload's content.</summary>
public sealed class SubmissionIdConstraint : IRouteConstraint
{
    /// <inheritdoc />
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string id && id.Length == 20 && id.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));
}
