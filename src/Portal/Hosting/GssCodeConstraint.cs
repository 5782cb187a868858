namespace Ukspf.Portal.Hosting;

/// <summary>A route segment that is shaped like an ONS GSS code in upper case ("E07000223"): how council routes name a council.</summary>
public sealed class GssCodeConstraint : IRouteConstraint
{
    /// <inheritdoc />
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string code && IsGssCode(code);

    /// <summary>One upper-case letter and eight digits.</summary>
    public static bool IsGssCode(string code) => code.Length == 9 && char.IsAsciiLetterUpper(code[0]) && code.Skip(1).All(char.IsAsciiDigit);
}
