namespace Ukspf.Domain.ReferenceData;

/// <summary>Opens the reference data files shipped inside this assembly.</summary>
internal static class EmbeddedData
{
    /// <summary>Reads ReferenceData/<paramref name="fileName"/> as a CSV table.</summary>
    public static CsvTable Read(string fileName)
    {
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("ReferenceData/" + fileName)
            ?? throw new InvalidOperationException($"Reference data file {fileName} is not embedded in {typeof(EmbeddedData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return CsvTable.Read(reader);
    }
}
