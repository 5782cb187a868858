using Microsoft.AspNetCore.Mvc;
using Ukspf.Application;
using Ukspf.Application.Dashboard;
using Ukspf.Application.Ingest;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Portal.Identity;
using Ukspf.Portal.Uploads;

namespace Ukspf.Portal.Pages.Councils;

/// <summary>
/// Uploads a council's return into an open round and ingests it at once, as the signed-in user: the upload goes
/// only to the council of the route (which the user submits for), is recorded with their email, and the result
/// page shows the verdict. The form is read as it arrives (<see cref="StreamedUploadReader"/>), which checks its
/// antiforgery token itself.
/// </summary>
[IgnoreAntiforgeryToken]
[StreamedForm]
[DisableRequestSizeLimit]
public sealed class UploadModel(CouncilRegister register, CouncilDashboard dashboard, IngestReturn ingest, StreamedUploadReader reader, PipelineOptions options)
    : CouncilPage(register)
{
    /// <summary>The file input's name and id.</summary>
    public const string FileField = "return-file";

    /// <summary>The round, from the route.</summary>
    [FromRoute(Name = "round")]
    public string Round { get; set; } = "";

    /// <summary>The round's deadline.</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>Why the last upload was turned away, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>What the form accepts: an .xlsx no larger than the pipeline takes.</summary>
    public UploadRules Rules => new(options.MaxUploadBytes, [".xlsx"], "return", "an Excel workbook (.xlsx)");

    /// <summary>Shows the form, or not found when the round is not open.</summary>
    public async Task<IActionResult> OnGetAsync() => await OpenRoundAsync() is null ? NotFound() : Page();

    /// <summary>Ingests the upload and shows its result; the form again with the reason when it was turned away.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenRoundAsync() is not { } round) return NotFound();
        var upload = await reader.ReadAsync(HttpContext, Rules, HttpContext.RequestAborted);
        if (upload.Forged) return BadRequest();
        if (upload.Problem is not null) return Refuse(upload.Problem);
        IngestResult result;
        try
        {
            result = await ingest.RunAsync(new InboxBlob(round.Id.ToString(), Lla, upload.FileName!, UploadedBy: User.Email()), upload.Content!, HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse($"The selected file must be smaller than {Rules.MaxShown}.");
        }
        return RedirectToPage("Submission", new { council = Lla, round = round.Id.ToString(), id = result.SubmissionId });
    }

    private IActionResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<Round?> OpenRoundAsync()
    {
        var round = await dashboard.OpenRoundAsync(RoundId.Parse(Round), HttpContext.RequestAborted);
        if (round is not null) Deadline = round.Deadline;
        return round;
    }
}
