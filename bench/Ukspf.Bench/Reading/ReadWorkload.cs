using System.Diagnostics;
using Ukspf.Bench.Harness;
using Ukspf.Bench.Report;
using Ukspf.Bench.Workloads;
using Ukspf.Domain.Validation;

namespace Ukspf.Bench.Reading;

/// <summary>Workload 1: read (and, for ours, validate) one large return, every contender on the same file.</summary>
public static class ReadWorkload
{
    public const string Floor = "floor";
    public const string Ours = "ours: read + validate";
    public const string OursReadOnly = "ours: read only";
    public const string ExcelDataReader = "ExcelDataReader 3.6.0";
    public const string OpenXmlSax = "Open XML SDK OpenXmlReader";
    public const string OpenXmlDom = "Open XML SDK DOM";
    public const string Openpyxl = "openpyxl read-only";

    /// <summary>The names cold runs are started with, by contender.</summary>
    private static readonly Dictionary<string, string> ColdNames = new()
    {
        [Floor] = "floor", [Ours] = "ours", [OursReadOnly] = "ours-read", [ExcelDataReader] = "exceldatareader",
        [OpenXmlSax] = "openxml-sax", [OpenXmlDom] = "openxml-dom",
    };

    public const string OursIngest = "ours: ingest end to end, feedback included";

    public static async Task<WorkloadResult> RunAsync(BenchOptions options, Action<string> log)
    {
        var shape = options.Smoke ? new ReturnShape(50, 4, 1) : new ReturnShape(5_000, 4, 1);
        log($"w1: building a return of {shape}");
        var watch = Stopwatch.StartNew();
        var bytes = LargeReturn.Create(shape);
        var built = watch.Elapsed.TotalSeconds;
        var path = Path.Combine(options.Work, "w1-large-return.xlsx");
        File.WriteAllBytes(path, bytes);
        var (ret, findings) = OursReader.Validate(new MemoryStream(bytes));

        var python = OpenpyxlServer.Version() is not null;
        using var openpyxl = python ? OpenpyxlServer.Start() : null;
        var contenders = new List<Contender>
        {
            Contender.InProcess(Floor, () => FloorReader.Read(new MemoryStream(bytes, writable: false))),
            Contender.InProcess(Ours, () => OursReader.ReadAndValidate(new MemoryStream(bytes, writable: false))),
            Contender.InProcess(OursReadOnly, () => OursReader.ReadOnly(new MemoryStream(bytes, writable: false))),
            Contender.InProcess(ExcelDataReader, () => ExcelDataReaderContender.Read(new MemoryStream(bytes, writable: false))),
            Contender.InProcess(OpenXmlSax, () => OpenXmlSaxReader.Read(new MemoryStream(bytes, writable: false))),
            Contender.InProcess(OpenXmlDom, () => OpenXmlDomReader.Read(new MemoryStream(bytes, writable: false))),
        };
        if (openpyxl is not null) contenders.Add(new Contender(Openpyxl, () => openpyxl.Read(path)));
        log("w1: warm runs");
        var warm = Interleaved.Run(contenders, options.Warmups, options.Runs, log);
        // After the warm runs, so that the steps run the same optimised code the figures above ran.
        log("w1: timing ours' steps");
        var profile = ReadProfile.Run(bytes, options.Runs);

        var cold = ColdNames.Select(c => new ColdCommand(c.Key, () => ChildProcess.Self("cold", c.Value, path))).ToList();
        if (python) cold.Add(new ColdCommand(Openpyxl, () => ChildProcess.PythonScript("openpyxl_read.py", "read", path)));
        log("w1: cold runs");
        var colds = ColdRunner.Run(cold, 1, options.ColdRuns, log);

        log("w1: the large return ingested end to end, in fresh processes");
        var store = Path.Combine(options.Work, "w1-store");
        var kit = Path.Combine(options.Work, "w1-store-kit");
        await LargeIngest.CreateStoreAsync(kit);
        var ingest = new ColdCommand(OursIngest, () => ChildProcess.Self("ingest-large", store, path), () => BenchStore.Copy(kit, store));
        var ingested = ColdRunner.Run([ingest], 1, options.ColdRuns, log)[OursIngest];

        var figures = contenders.Select(c => Figure.From(c.Name, "warm", warm[c.Name]))
            .Concat(cold.Select(c => Figure.From(c.Name, "cold", colds[c.Name])))
            .Append(Figure.From(OursIngest, "cold, end to end", ingested, "IngestReturn on a fresh embedded store: archive, read, validate, store, feedback; count 1 when accepted"))
            .ToList();
        var result = new WorkloadResult("w1", "Read and validate one large return",
        [
            $"One return of {shape}: {Format.Megabytes(bytes.LongLength)} .xlsx, built from the generated template and the real filler in {built:0.0} s.",
            $"Ours finds {findings.Count(f => f.Severity == Severity.Error)} errors and {findings.Count(f => f.Severity == Severity.Warning)} warnings in it (a valid return, so every rule runs over every line); {(ret is null ? 0 : ret.Projects.Count):N0} projects parsed.",
            $"Every other contender reads every cell of the {ReadSheets.Names.Count} sheets ours reads ({string.Join(", ", ReadSheets.Names)}); \"count\" is the cells holding a value (for ours: lines plus findings).",
            "Warm runs read the file from memory; cold runs from disk (page cache warmed by the warm-up run).",
            "The end-to-end ingest runs `IngestReturn` once per fresh process on a fresh copy of a store holding the council's allocations and the open round; its memory is the process's peak RSS.",
        ], Floor, figures, Targets(figures, python), [profile], Notes(figures));
        return result;
    }

    private static List<TargetCheck> Targets(List<Figure> figures, bool python)
    {
        Figure F(string name, string kind) => figures.First(f => f.Contender == name && f.Kind == kind);
        TargetCheck Ratio(string target, string a, string b, string kind, double limit, bool atMost) =>
            new(target, limit, atMost, F(a, kind).Samples.Median / F(b, kind).Samples.Median, F(a, kind).Samples.Min / F(b, kind).Samples.Min);
        var ingest = F(OursIngest, "cold, end to end");
        var targets = new List<TargetCheck>
        {
            new("peak RSS ingesting the large return end to end, MB", 250, true, (ingest.Bytes ?? 0) / 1048576.0),
            Ratio("ours (read + validate) / floor, warm", Ours, Floor, "warm", 1.3, true),
            Ratio("ours (read + validate) / floor, cold", Ours, Floor, "cold", 1.5, true),
            Ratio("ours / ExcelDataReader, warm (faster: below 1)", Ours, ExcelDataReader, "warm", 1.0, true),
            Ratio("ours / ExcelDataReader, cold (faster: below 1)", Ours, ExcelDataReader, "cold", 1.0, true),
        };
        if (python)
        {
            targets.Add(Ratio("openpyxl / ours, warm (ours at least 7x faster)", Openpyxl, Ours, "warm", 7, false));
            targets.Add(Ratio("openpyxl / ours, cold (ours at least 7x faster)", Openpyxl, Ours, "cold", 7, false));
        }
        return targets;
    }

    private static List<string> Notes(List<Figure> figures)
    {
        var readers = figures.Where(f => f.Contender is not (Ours or OursReadOnly or OursIngest)).ToList();
        var cellCounts = readers.Select(f => f.Count).Distinct().ToList();
        var notes = cellCounts.Count == 1
            ? new List<string> { $"Every cell reader counted the same {cellCounts[0]:N0} cells with a value." }
            : [$"**The cell readers disagree on the number of cells with a value**: {string.Join("; ", readers.DistinctBy(f => f.Contender).Select(f => $"{f.Contender} {f.Count:N0}"))}."];
        if (figures.First(f => f.Contender == OursIngest).Count != 1) notes.Add("**The large return was not accepted by the end-to-end ingest**: its figures include the rejection path.");
        return notes;
    }
}
