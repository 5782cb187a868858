using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ExcelDataReader;
using Xunit;

namespace Ukspf.Workbooks.Tests.ReadBack;

/// <summary>
/// Reads a workbook with another program's reader (openpyxl, SheetJS, exceljs, through the scripts beside this file)
/// or with ExcelDataReader, every non-empty cell by sheet and address: numbers as doubles, dates as ISO text to
/// the second, text as text. A reader that is not installed fails the test with what to install.
/// </summary>
internal static class ReadBackTools
{
    private static readonly string Folder = Path.Combine(RepositoryRoot(), "tests", "Workbooks.Tests", "ReadBack");

    static ReadBackTools() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The cells openpyxl reads.</summary>
    // Debian's python3-openpyxl is installed for the system Python, which a Python manager's python3 may hide.
    public static Cells OpenPyxl(byte[] xlsx) => Run(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3", "dump_openpyxl.py", xlsx, "Python 3 and openpyxl: apt-get install -y python3-openpyxl");

    /// <summary>The cells SheetJS reads.</summary>
    public static Cells SheetJs(byte[] xlsx) => Run("node", "dump_sheetjs.js", xlsx, "Node.js 20 or later, then npm ci in the repository root");

    /// <summary>The cells exceljs reads.</summary>
    public static Cells ExcelJs(byte[] xlsx) => Run("node", "dump_exceljs.js", xlsx, "Node.js 20 or later, then npm ci in the repository root");

    /// <summary>The cells ExcelDataReader reads.</summary>
    public static Cells ExcelDataReader(byte[] xlsx)
    {
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(xlsx));
        var sheets = new Cells();
        do
        {
            var cells = new SortedDictionary<string, object>(StringComparer.Ordinal);
            for (var row = 1; reader.Read(); row++)
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var value = reader.GetValue(column) switch
                    {
                        null or "" => null,
                        DateTime d => Iso(d),
                        double n => n,
                        bool b => (object)b,
                        var other => Convert.ToString(other, CultureInfo.InvariantCulture)!,
                    };
                    if (value is not null) cells[Address(column + 1, row)] = value;
                }
            }

            sheets[reader.Name] = cells;
        }
        while (reader.NextResult());
        return sheets;
    }

    private static string Address(int column, int row)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static string Iso(DateTime moment) =>
        new DateTime((moment.Ticks + TimeSpan.TicksPerSecond / 2) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static Cells Run(string program, string script, byte[] xlsx, string install)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ukspf-readback-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(file, xlsx);
        try
        {
            var start = new ProcessStartInfo(program) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            start.ArgumentList.Add(Path.Combine(Folder, script));
            start.ArgumentList.Add(file);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (Win32Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{program} is not installed ({e.Message}). Reading workbooks back with {script} needs {install}.");
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(120_000))
                {
                    process.Kill(entireProcessTree: true);
                    throw new Xunit.Sdk.XunitException($"{script} did not finish within two minutes.");
                }

                Assert.True(process.ExitCode == 0, $"{script} failed (exit {process.ExitCode}); it needs {install}.\n{error.Result}");
                return Parse(output.Result);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Cells Parse(string json)
    {
        var sheets = new Cells();
        using var document = JsonDocument.Parse(json);
        foreach (var sheet in document.RootElement.EnumerateObject())
        {
            var cells = new SortedDictionary<string, object>(StringComparer.Ordinal);
            foreach (var cell in sheet.Value.EnumerateObject())
            {
                cells[cell.Name] = cell.Value.ValueKind switch
                {
                    JsonValueKind.Number => cell.Value.GetDouble(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => cell.Value.GetString()!,
                };
            }

            sheets[sheet.Name] = cells;
        }

        return sheets;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "UKSPF.sln"))) return folder.FullName;
        }

        throw new InvalidOperationException($"No UKSPF.sln above {AppContext.BaseDirectory}.");
    }
}
