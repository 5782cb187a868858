using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Application;
using Ukspf.Application.Allocations;
using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Portal.Uploads;

namespace Ukspf.Portal.Pages.Manage;

/// <summary>Allocations: upload a CSV or workbook (rows with problems listed, the rest stored) and see every council's current figures.</summary>
[IgnoreAntiforgeryToken]
[StreamedForm]
[DisableRequestSizeLimit]
public sealed class AllocationsModel(ImportAllocations import, AllocationRepository allocations, StorageSetup setup, CouncilRegister register, StreamedUploadReader reader)
    : PageModel
{
    /// <summary>The file input's name and id.</summary>
    public const string FileField = "allocations-file";

    private static readonly UploadRules Rules = new(10 * 1024 * 1024, [".csv", ".xlsx"], "allocations file", "a CSV file (.csv) or an Excel workbook (.xlsx)");

    /// <summary>One council's allocation for one year.</summary>
    /// <param name="Code">GSS code.</param>
    /// <param name="Name">Council name.</param>
    /// <param name="Year">Financial year.</param>
    /// <param name="Capital">Capital allocation, pounds.</param>
    /// <param name="Revenue">Revenue allocation, pounds.</param>
    public sealed record Row(string Code, string Name, FinancialYear Year, decimal Capital, decimal Revenue);

    /// <summary>Every council's current allocations, by name then year.</summary>
    public IReadOnlyList<Row> Current { get; private set; } = [];

    /// <summary>What the upload loaded, when there was one.</summary>
    public ImportResult? Result { get; private set; }

    /// <summary>The uploaded file's name.</summary>
    public string? FileName { get; private set; }

    /// <summary>Why the upload was turned away, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The error summary's entry for rows not loaded.</summary>
    public IReadOnlyList<PageError> RowSummary => Result is { Problems.Count: > 0 } r
        ? [new PageError("row-problems", $"{r.Problems.Count} {(r.Problems.Count == 1 ? "row was" : "rows were")} not loaded: fix {(r.Problems.Count == 1 ? "it" : "them")} and upload the file again")]
        : [];

    /// <summary>Shows the current allocations.</summary>
    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>Imports the uploaded file.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var upload = await reader.ReadAsync(HttpContext, Rules, HttpContext.RequestAborted);
        if (upload.Forged) return BadRequest();
        if (upload.Problem is null)
        {
            FileName = upload.FileName;
            await using var copy = new MemoryStream();
            await upload.Content!.CopyToAsync(copy, HttpContext.RequestAborted);
            copy.Position = 0;
            try
            {
                Result = await import.RunAsync(copy, upload.FileName!, HttpContext.RequestAborted);
            }
            catch (ArgumentException e)
            {
                Problem = e.Message.Split(" (Parameter")[0];
            }
        }
        else Problem = upload.Problem;
        if (Problem is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        await setup.EnsureAsync(HttpContext.RequestAborted);
        var book = await allocations.LoadAsync(HttpContext.RequestAborted);
        Current = book.All.GroupBy(a => (a.LlaCode, a.Year))
            .Select(g => new Row(g.Key.LlaCode, register.Find(g.Key.LlaCode)?.Name ?? g.Key.LlaCode, g.Key.Year,
                book.Amount(g.Key.LlaCode, g.Key.Year, SpendType.Capital), book.Amount(g.Key.LlaCode, g.Key.Year, SpendType.Revenue)))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Year.StartYear).ToList();
    }
}
