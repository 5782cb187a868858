namespace Ukspf.Bench.Reading;

/// <summary>Workload 1 in a child process: a cold run (one contender reads the file once and prints its count), or a loop to profile.</summary>
public static class ColdRead
{
    public static int Run(string contender, string path)
    {
        long count;
        using (var file = File.OpenRead(path)) count = Read(contender, file);
        Console.WriteLine($"{Harness.ColdRunner.PeakRssPrefix}{Harness.PeakMemory.Read()}");
        Console.WriteLine(count);
        return 0;
    }

    /// <summary>
    /// Reads the file <paramref name="times"/> times in this process with each of the comma-separated contenders in
    /// turn, for a profiler to watch under the same conditions (dotnet-trace collect -- dotnet Ukspf.Bench.dll loop ...).
    /// </summary>
    public static int Loop(string contenders, string path, int times)
    {
        var bytes = File.ReadAllBytes(path);
        long count = 0;
        for (var i = 0; i < times; i++)
        {
            foreach (var contender in contenders.Split(','))
                count = Read(contender, new MemoryStream(bytes, writable: false));
        }
        Console.WriteLine(count);
        return 0;
    }

    private static long Read(string contender, Stream file) =>
        contender switch
        {
            "floor" => FloorReader.Read(file),
            "ours" => OursReader.ReadAndValidate(file),
            "ours-read" => OursReader.ReadOnly(file),
            "ours-parse" => OursReader.ReadAndParse(file),
            "exceldatareader" => ExcelDataReaderContender.Read(file),
            "openxml-sax" => OpenXmlSaxReader.Read(file),
            "openxml-dom" => OpenXmlDomReader.Read(file),
            _ => throw new ArgumentException($"Unknown contender {contender}."),
        };
}
