namespace Ukspf.Domain.Returns;

/// <summary>Who signed the return off.</summary>
/// <param name="Name">The officer's name.</param>
/// <param name="Role">Section 151 officer or delegate.</param>
/// <param name="Date">Date signed.</param>
public sealed record SignOff(string? Name, string? Role, DateOnly? Date);
