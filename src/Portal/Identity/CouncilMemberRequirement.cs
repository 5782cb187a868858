using Microsoft.AspNetCore.Authorization;

namespace Ukspf.Portal.Identity;

/// <summary>The user may submit for the council named by the route's <c>council</c> value.</summary>
public sealed class CouncilMemberRequirement : IAuthorizationRequirement;
