using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Application.Dashboard;
using Ukspf.Application.Reconcile;
using Ukspf.Application.Rounds;
using Ukspf.Domain.Rounds;

namespace Ukspf.Portal.Pages.Manage;

/// <summary>The rounds: open one with a deadline, close one, reconcile one now.</summary>
public sealed class IndexModel(RoundDashboard dashboard, OpenRound open, ReconcileRound reconcile) : PageModel
{
    /// <summary>Every round, newest first.</summary>
    public IReadOnlyList<Round> Rounds { get; private set; } = [];

    /// <summary>What the last action did, for the success banner.</summary>
    public string? Done { get; private set; }

    /// <summary>What was wrong with the form.</summary>
    public IReadOnlyList<PageError> Errors { get; private set; } = [];

    /// <summary>The round typed, to show again.</summary>
    public string? RoundText { get; private set; }

    /// <summary>The deadline's day as typed.</summary>
    public string? Day { get; private set; }

    /// <summary>The deadline's month as typed.</summary>
    public string? Month { get; private set; }

    /// <summary>The deadline's year as typed.</summary>
    public string? Year { get; private set; }

    /// <summary>Lists the rounds, with what the last action did.</summary>
    public async Task OnGetAsync(string? opened, string? closed, string? reconciled)
    {
        Done = opened is not null ? $"Round {opened} is open and its templates are written."
            : closed is not null ? $"Round {closed} is closed: uploads into it are now rejected."
            : reconciled is not null ? $"Round {reconciled} is reconciled and its consolidated workbook published."
            : null;
        Rounds = await dashboard.RoundsAsync(HttpContext.RequestAborted);
    }

    /// <summary>Opens (or re-opens) a round with the deadline given.</summary>
    public async Task<IActionResult> OnPostOpenAsync(string? round, string? day, string? month, string? year)
    {
        (RoundText, Day, Month, Year) = (round?.Trim(), day?.Trim(), month?.Trim(), year?.Trim());
        var errors = new List<PageError>();
        if (!RoundId.TryParse(RoundText, out var id)) errors.Add(new PageError("round", "Enter a round such as 2025-26-Q3 (the financial year, then Q1 to Q4 or H1 to H2)"));
        var deadline = DeadlineOf(errors);
        if (errors.Count == 0)
        {
            try
            {
                await open.RunAsync(id.ToString(), deadline!.Value, HttpContext.RequestAborted);
                return Redirect($"/manage?opened={id}");
            }
            catch (ArgumentException e)
            {
                errors.Add(new PageError("round", e.Message.Split(" (Parameter")[0]));
            }
        }
        Errors = errors;
        Rounds = await dashboard.RoundsAsync(HttpContext.RequestAborted);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Closes a round.</summary>
    public async Task<IActionResult> OnPostCloseAsync(string? round)
    {
        if (!RoundId.TryParse(round, out var id)) return NotFound();
        try
        {
            await open.CloseAsync(id.ToString(), HttpContext.RequestAborted);
        }
        catch (ArgumentException)
        {
            return NotFound();
        }
        return Redirect($"/manage?closed={id}");
    }

    /// <summary>Reconciles a round and publishes its consolidated workbook and grants now.</summary>
    public async Task<IActionResult> OnPostReconcileAsync(string? round)
    {
        if (!RoundId.TryParse(round, out var id)) return NotFound();
        try
        {
            await reconcile.RunAsync(id.ToString(), HttpContext.RequestAborted);
        }
        catch (ArgumentException)
        {
            return NotFound();
        }
        return Redirect($"/manage?reconciled={id}");
    }

    private DateOnly? DeadlineOf(List<PageError> errors)
    {
        if (string.IsNullOrEmpty(Day) && string.IsNullOrEmpty(Month) && string.IsNullOrEmpty(Year))
        {
            errors.Add(new PageError("deadline-day", "Enter the deadline"));
            return null;
        }
        if (int.TryParse(Day, out var d) && int.TryParse(Month, out var m) && int.TryParse(Year, out var y) && y is >= 2000 and <= 2100
            && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return new DateOnly(y, m, d);
        errors.Add(new PageError("deadline-day", "The deadline must be a real date, for example 30 1 2026"));
        return null;
    }
}
