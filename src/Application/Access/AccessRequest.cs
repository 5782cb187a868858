namespace Ukspf.Application.Access;

/// <summary>A fund manager's request to add someone to the access list or change what they may do.</summary>
/// <param name="Email">Their email, as they sign in with it.</param>
/// <param name="Name">How pages should name them; optional.</param>
/// <param name="FundManager">Whether they join the fund team.</param>
/// <param name="Submitter">Whether they submit returns.</param>
/// <param name="Councils">
/// The councils they submit for, as fund managers write them: GSS codes, slugs or names, separated by commas, semicolons
/// or new lines.
/// </param>
public sealed record AccessRequest(string? Email, string? Name, bool FundManager, bool Submitter, string? Councils);
