namespace Ukspf.Bench.Reading;

/// <summary>A cold run of workload 1 in this fresh process: one contender reads the file once and prints its count.</summary>
public static class ColdRead
{
    public static int Run(string contender, string path)
    {
        using var file = File.OpenRead(path);
        var count = contender switch
        {
            "floor" => FloorReader.Read(file),
            "ours" => OursReader.ReadAndValidate(file),
            "ours-read" => OursReader.ReadOnly(file),
            "exceldatareader" => ExcelDataReaderContender.Read(file),
            "openxml-sax" => OpenXmlSaxReader.Read(file),
            "openxml-dom" => OpenXmlDomReader.Read(file),
            _ => throw new ArgumentException($"Unknown contender {contender}."),
        };
        Console.WriteLine(count);
        return 0;
    }
}
