using System.Text;
using ExcelDataReader;

namespace Ukspf.Workbooks.Tests.Consolidated;

/// <summary>Reads a workbook with ExcelDataReader, a reader independent of the Open XML SDK.</summary>
public static class DataReaderSheets
{
    static DataReaderSheets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<DataReaderSheet> Read(byte[] xlsx)
    {
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(xlsx));
        var sheets = new List<DataReaderSheet>();
        do
        {
            var rows = new List<object?[]>();
            var formats = new List<string?[]>();
            while (reader.Read())
            {
                var values = new object?[reader.FieldCount];
                var codes = new string?[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values[i] = reader.GetValue(i);
                    codes[i] = reader.GetNumberFormatString(i);
                }

                rows.Add(values);
                formats.Add(codes);
            }

            sheets.Add(new DataReaderSheet(reader.Name, rows, formats));
        }
        while (reader.NextResult());
        return sheets;
    }
}
