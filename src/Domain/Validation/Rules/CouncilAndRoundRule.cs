using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>
/// R01: the workbook is for the council whose folder it was uploaded to and for the round it was uploaded into, and
/// that round is open. (Whether the file is the current template at all is decided when it is parsed.)
/// </summary>
public sealed class CouncilAndRoundRule : IValidationRule
{
    /// <inheritdoc />
    public string Id => RuleIds.Template;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context)
    {
        // The Start sheet shows the council and round; the metadata behind them is hidden from the officer.
        var where = new CellLocation(TemplateSchema.Sheets.Start);
        var metadata = context.Return.Metadata;
        var upload = context.UploadLlaCode.Trim();
        var uploadName = context.Council is null ? upload : $"{context.Council.Name} ({upload})";

        if (context.Council is null)
            yield return Error(where, upload, $"'{upload}' is not a council known to the fund, so its returns cannot be accepted. Contact your fund manager.");

        if (string.IsNullOrWhiteSpace(metadata.LlaCode))
            yield return Error(where, null, $"This workbook does not say which council it is for. Use the template issued to {uploadName}.");
        else if (!Councils.CouncilRegister.Default.SameCouncil(metadata.LlaCode, upload))
            yield return Error(where, metadata.LlaCode,
                $"This workbook is the return template of '{metadata.LlaCode}', but it was uploaded for {uploadName}. Upload each council's return to its own folder, using the template issued to that council.");

        if (context.Round is null)
        {
            yield return Error(where, metadata.Round,
                $"This return was uploaded to a reporting round that has not been set up (the workbook is for '{metadata.Round}'). Check the round with your fund manager.");
            yield break;
        }

        var round = context.Round.Id;
        if (!RoundId.TryParse(metadata.Round, out var workbookRound) || workbookRound != round)
            yield return Error(where, metadata.Round,
                $"This workbook is the template for '{metadata.Round}', but it was uploaded to the {round} round. Download the {round} template and copy your figures into it.");

        if (!context.Round.IsOpen)
            yield return Error(where, round.ToString(),
                $"The {round} round is closed, so returns for it are no longer accepted. Contact your fund manager if a return for it needs correcting.");
    }

    private static Finding Error(CellLocation where, string? value, string message) => new(RuleIds.Template, Severity.Error, where, value, message);
}
