using ExcelDataReader;

namespace Ukspf.Bench.Reading;

/// <summary>ExcelDataReader 3.6.0 reading every cell of the wanted sheets, as a .NET team's own ingestion code would.</summary>
public static class ExcelDataReaderContender
{
    // On .NET, ExcelDataReader needs the legacy code pages registered even for .xlsx (its configuration defaults to 1252).
    static ExcelDataReaderContender() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static long Read(Stream xlsx)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(xlsx, new ExcelReaderConfiguration { LeaveOpen = true });
        long cells = 0;
        do
        {
            if (!ReadSheets.Names.Contains(reader.Name)) continue;
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is not null) cells++;
                }
            }
        }
        while (reader.NextResult());
        return cells;
    }
}
