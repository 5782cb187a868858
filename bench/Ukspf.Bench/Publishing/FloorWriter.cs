using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Ukspf.Bench.Publishing;

/// <summary>
/// The floor for writing: <see cref="XmlWriter"/> into a <see cref="ZipArchive"/> at the compression level the Open
/// XML SDK uses, writing the same package as ours: its small parts as they were, every worksheet's cells and the
/// shared strings through the XML writer. Every value arrives already formatted and every string already indexed:
/// this is what serialising and compressing the workbook costs, and nothing else.
/// </summary>
public static class FloorWriter
{
    /// <summary>The Open XML SDK creates parts with CompressionOption.Normal, which System.IO.Packaging maps to Optimal.</summary>
    public const CompressionLevel Level = CompressionLevel.Optimal;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        CloseOutput = true,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    /// <summary>Writes the workbook; returns the number of bytes written.</summary>
    public static long Write(CellDump dump, Stream output)
    {
        var start = output.Position;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in dump.Parts)
            {
                using var stream = zip.CreateEntry(part.Path, Level).Open();
                if (part.Raw is not null) stream.Write(part.Raw);
                else if (part.Sheet is not null) Worksheet(stream, part.Sheet);
                else SharedStrings(stream, dump.SharedStrings);
            }
        }
        return output.Position - start;
    }

    private static void Worksheet(Stream stream, CellDump.Sheet sheet)
    {
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteRaw(sheet.Before);
        foreach (var row in sheet.Rows)
        {
            xml.WriteStartElement("row");
            if (row.Index is not null) xml.WriteAttributeString("r", row.Index);
            foreach (var cell in row.Cells)
            {
                xml.WriteStartElement("c");
                if (cell.Reference is not null) xml.WriteAttributeString("r", cell.Reference);
                if (cell.Style is not null) xml.WriteAttributeString("s", cell.Style);
                if (cell.Type is not null) xml.WriteAttributeString("t", cell.Type);
                if (cell.Value is not null)
                {
                    if (cell.Type == "inlineStr")
                    {
                        xml.WriteStartElement("is");
                        xml.WriteElementString("t", cell.Value);
                        xml.WriteEndElement();
                    }
                    else xml.WriteElementString("v", cell.Value);
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteRaw(sheet.After);
    }

    private static void SharedStrings(Stream stream, IReadOnlyList<string> strings)
    {
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteRaw("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>");
        xml.WriteStartElement("sst", Main);
        xml.WriteAttributeString("uniqueCount", strings.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var s in strings)
        {
            xml.WriteStartElement("si");
            xml.WriteStartElement("t");
            if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))) xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(s);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
