using System.CommandLine;
using Spectre.Console;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Application;
using Ukspf.Application.Ingest;
using Ukspf.Storage.Blobs;

namespace Ukspf.Cli.Commands;

/// <summary>
/// <c>ukspf ingest PATH --round ROUND [--lla LLA]</c>: uploads returns into the inbox and ingests them, as the blob
/// trigger would; a folder's files go in the order they were last written, then by name.
/// </summary>
public static class IngestCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A return workbook, or a folder of {lla}/{file}.xlsx (or of files for one --lla)." };
        var round = new Option<string>("--round") { Description = "The round the returns are for, e.g. 2025-26-Q3.", Required = true };
        var lla = new Option<string?>("--lla") { Description = "The council the returns are from: its GSS code (E07000223) or slug (adur); for a folder of council folders, leave it out." };
        var command = new Command("ingest", "Upload council returns into the inbox and ingest them: archive, read, validate, store, write feedback.") { path, round, lla };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var uploads = Uploads(parse.GetValue(path)!, parse.GetValue(lla)).ToList();
            RefuseUnusableNames(parse.GetValue(round)!, uploads);
            using var pipeline = Pipeline.Open(parse);
            var ingest = pipeline.Get<IngestReturn>();
            var councils = pipeline.Get<CouncilRegister>();
            var table = new Table().AddColumns("Council", "File", "Status", "Errors", "Warnings", "Reason");
            var rejected = 0;
            foreach (var (folder, file) in uploads)
            {
                // The council's one key, however the folder or --lla writes it: the inbox path then names it as a council's own upload would.
                var council = councils.KeyOf(folder);
                var blob = new InboxBlob(parse.GetValue(round)!, council, Path.GetFileName(file));
                var result = await UploadAndIngestAsync(pipeline.Blobs, ingest, blob, file, ct);
                if (result.Status is SubmissionStatus.Rejected or SubmissionStatus.Failed) rejected++;
                table.AddRow(ConsoleText.Cell(council), ConsoleText.Cell(blob.Name), result.Status.ToString(),
                    result.Findings.Count(f => f.Severity == Domain.Validation.Severity.Error).ToString(),
                    result.Findings.Count(f => f.Severity == Domain.Validation.Severity.Warning).ToString(),
                    ConsoleText.Cell(result.Reason));
            }
            AnsiConsole.Write(table);
            return rejected == uploads.Count && uploads.Count > 0 ? 2 : 0;
        }));
        return command;
    }

    /// <summary>
    /// Puts the file into the inbox (as a council's upload would) and ingests it, received when the inbox blob was
    /// written unless <paramref name="blob"/> says when.
    /// </summary>
    public static async Task<IngestResult> UploadAndIngestAsync(IBlobStore blobs, IngestReturn ingest, InboxBlob blob, string file, CancellationToken ct)
    {
        await blobs.CreateContainerIfNotExistsAsync(StorageNames.InboxContainer, ct);
        BlobProperties props;
        await using (var upload = File.OpenRead(file))
            props = await blobs.UploadAsync(StorageNames.InboxContainer, blob.BlobName, upload, cancellationToken: ct);
        await using var content = File.OpenRead(file);
        return await ingest.RunAsync(blob with { ETag = props.ETag, ReceivedAt = blob.ReceivedAt ?? props.LastModified }, content, ct);
    }

    /// <summary>
    /// Refuses, before anything is uploaded, a round, council or file name the inbox could not hold or the use case
    /// would refuse: the command stops with one line saying which, rather than failing part way in the store.
    /// </summary>
    private static void RefuseUnusableNames(string round, IEnumerable<(string Lla, string File)> uploads)
    {
        if (!RoundId.TryParse(round, out _) && InboxNames.FolderProblem("round", round) is { } roundProblem)
            throw new ArgumentException(roundProblem);
        foreach (var (council, file) in uploads)
            if ((InboxNames.FolderProblem("council", council) ?? InboxNames.FileNameProblem(Path.GetFileName(file))) is { } problem)
                throw new ArgumentException(problem);
    }

    private static IEnumerable<(string Lla, string File)> Uploads(string path, string? lla)
    {
        if (File.Exists(path))
        {
            var council = lla ?? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))
                ?? throw new ArgumentException("Give --lla: the council the return is from.");
            return [(council, path)];
        }
        if (!Directory.Exists(path)) throw new FileNotFoundException($"{path} is neither a file nor a folder.");
        return lla is not null
            ? InWrittenOrder(Directory.EnumerateFiles(path)).Select(f => (lla, f))
            : Directory.EnumerateDirectories(path).Order(StringComparer.Ordinal)
                .SelectMany(d => InWrittenOrder(Directory.EnumerateFiles(d)).Select(f => (Path.GetFileName(d), f)));
    }

    // A council's versions are uploaded in the order they were saved, so the last saved is received last and
    // stands; by name, "return-v2.xlsx" would come before "return.xlsx".
    private static IEnumerable<string> InWrittenOrder(IEnumerable<string> files) =>
        files.OrderBy(File.GetLastWriteTimeUtc).ThenBy(f => f, StringComparer.Ordinal);
}
