namespace Ukspf.Portal.Pages;

/// <summary>One entry of a page's error summary: the message, and the id of the field or section it links to.</summary>
/// <param name="Target">The id of the element the summary links to (without '#').</param>
/// <param name="Message">What is wrong, in the user's words.</param>
public sealed record PageError(string Target, string Message);
