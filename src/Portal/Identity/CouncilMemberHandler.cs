using Microsoft.AspNetCore.Authorization;

namespace Ukspf.Portal.Identity;

/// <summary>Meets <see cref="CouncilMemberRequirement"/> when the access list gives the user the route's council; a route with no council meets nothing.</summary>
public sealed class CouncilMemberHandler : AuthorizationHandler<CouncilMemberRequirement>
{
    /// <summary>The route value that names the council.</summary>
    public const string RouteValue = "council";

    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CouncilMemberRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.GetRouteValue(RouteValue) is string lla && context.User.MaySubmitFor(lla))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
