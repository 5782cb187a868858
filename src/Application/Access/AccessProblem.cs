namespace Ukspf.Application.Access;

/// <summary>Why a change to the access list was not made, in a fund manager's words.</summary>
/// <param name="Field">The part of the request at fault (see <see cref="AccessRequest"/>'s property names).</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record AccessProblem(string Field, string Message);
