using Ukspf.Domain.Councils;

namespace Ukspf.Application.Access;

/// <summary>
/// Who may submit for which council, and who is in the fund team: the access list fund managers edit. A request is
/// checked whole before anything is written, so a mistake in one part leaves the list as it was.
/// </summary>
public sealed class ManageAccess(StorageSetup setup, AccessRepository access, CouncilRegister councils)
{
    private const int MaxEmailLength = 254;
    private const int MaxNameLength = 200;

    /// <summary>Everyone on the list, by email.</summary>
    public async Task<IReadOnlyList<AccessEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        return (await access.ListAsync(cancellationToken)).OrderBy(e => e.Email, StringComparer.Ordinal).ToList();
    }

    /// <summary>The entry of the signed-in user's email (any case), or null when they are not on the list.</summary>
    public async Task<AccessEntry?> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        return await access.GetAsync(email, cancellationToken);
    }

    /// <summary>Adds or replaces someone's entry; the problems found instead, when there are any (then nothing is written).</summary>
    public async Task<IReadOnlyList<AccessProblem>> SaveAsync(AccessRequest request, CancellationToken cancellationToken = default)
    {
        var problems = new List<AccessProblem>();
        var email = request.Email?.Trim() ?? "";
        if (EmailProblem(email) is { } badEmail) problems.Add(new AccessProblem(nameof(AccessRequest.Email), badEmail));
        var name = string.IsNullOrWhiteSpace(request.Name) ? null : request.Name.Trim();
        if (name is { Length: > MaxNameLength })
            problems.Add(new AccessProblem(nameof(AccessRequest.Name), $"Name must be {MaxNameLength} characters or fewer."));

        var roles = new List<PortalRole>();
        if (request.Submitter) roles.Add(PortalRole.Submitter);
        if (request.FundManager) roles.Add(PortalRole.FundManager);
        if (roles.Count == 0)
            problems.Add(new AccessProblem(nameof(AccessRequest.Submitter), "Select what they may do: submit returns for councils, manage the fund, or both."));

        var codes = new List<string>();
        foreach (var text in (request.Councils ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (councils.FindByName(text) is { } council) { if (!codes.Contains(council.Code)) codes.Add(council.Code); }
            else problems.Add(new AccessProblem(nameof(AccessRequest.Councils), $"'{Shorten(text)}' is not a council we know: give its GSS code (such as E07000223) or its name (such as Adur)."));
        }
        if (request.Submitter && codes.Count == 0 && !problems.Any(p => p.Field == nameof(AccessRequest.Councils)))
            problems.Add(new AccessProblem(nameof(AccessRequest.Councils), "Enter the councils they submit returns for."));
        if (!request.Submitter && codes.Count > 0)
            problems.Add(new AccessProblem(nameof(AccessRequest.Councils), "Councils are only for people who submit returns: select 'Submits returns', or clear the councils."));

        if (problems.Count > 0) return problems;
        await setup.EnsureAsync(cancellationToken);
        await access.SaveAsync(new AccessEntry(AccessRepository.KeyOf(email), name, roles, codes), cancellationToken);
        return [];
    }

    /// <summary>Takes someone off the list; false when they were not on it.</summary>
    public async Task<bool> RemoveAsync(string email, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        return EmailProblem(email.Trim()) is null && await access.DeleteAsync(email, cancellationToken);
    }

    // Storage keys cannot hold '/', '\', '#', '?' or control characters; no email a sign-in gives needs them.
    private static string? EmailProblem(string email)
    {
        if (email.Length == 0) return "Enter their email address.";
        if (email.Length > MaxEmailLength) return $"Email address must be {MaxEmailLength} characters or fewer.";
        var at = email.IndexOf('@');
        var shaped = at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && email[(at + 1)..].Contains('.')
            && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or '\\' or '#' or '?');
        return shaped ? null : "Enter an email address in the correct format, like name@council.gov.uk.";
    }

    private static string Shorten(string text) => Domain.Returns.XmlCharacters.CleanAndShorten(text, 60);
}
