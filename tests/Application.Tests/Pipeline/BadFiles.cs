using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Testing.CompoundFiles;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>Uploads that are not a usable return, made the way they arrive in real life.</summary>
internal static class BadFiles
{
    public static byte[] Text() => Encoding.UTF8.GetBytes("Project,Capital actual,Revenue actual\nHigh street,10000,5000\n");

    public static byte[] Truncated(byte[] workbook) => workbook[..(workbook.Length / 2)];

    /// <summary>The workbook with a VBA project added, as Excel stores macros.</summary>
    public static byte[] WithVbaProject(byte[] workbook)
    {
        using var memory = new MemoryStream();
        memory.Write(workbook);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var vba = zip.CreateEntry("xl/vbaProject.bin").Open();
            vba.Write(CompoundFile.LegacyXls());
        }
        return memory.ToArray();
    }

    /// <summary>The workbook with a part of random bytes stored uncompressed (a large embedded picture, say).</summary>
    public static byte[] WithStoredPadding(byte[] workbook, int bytes)
    {
        using var memory = new MemoryStream();
        memory.Write(workbook);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var padding = zip.CreateEntry("xl/media/padding.bin", CompressionLevel.NoCompression).Open();
            padding.Write(OfLength(bytes));
        }
        return memory.ToArray();
    }

    /// <summary>A zip whose one worksheet unpacks 10 MB of spaces from a few kilobytes.</summary>
    public static byte[] ZipBomb()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 10; i++) sheet.Write(spaces);
        }
        return memory.ToArray();
    }

    /// <summary>A valid .xlsx with a workbook part but no worksheets in it.</summary>
    public static byte[] WorkbookWithoutSheets()
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            document.AddWorkbookPart().Workbook = new Workbook(new Sheets());
        }
        return memory.ToArray();
    }

    /// <summary>A valid .xlsx with one blank sheet, as "New workbook" in Excel gives.</summary>
    public static byte[] BlankWorkbook()
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData());
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
        }
        return memory.ToArray();
    }

    /// <summary>Random bytes of the given length (a file too large to take).</summary>
    public static byte[] OfLength(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }
}
