using System.IO.Compression;
using System.Text;

namespace Ukspf.Workbooks.Tests.Feedback;

/// <summary>
/// A council workbook in the form Excel saves it, written part by part: SpreadsheetML in the default namespace,
/// relative targets, shared strings. "Start" (the selected tab) holds a note of the council's; "Spend" (the sheet the
/// findings are on) holds a picture, a chart and a note of the council's on B4; the workbook carries custom XML.
/// </summary>
public static class ExcelFormWorkbook
{
    public const string Image = "xl/media/image1.png";
    public const string Chart = "xl/charts/chart1.xml";
    public const string Drawing = "xl/drawings/drawing1.xml";
    public const string CustomXml = "customXml/item1.xml";
    public const string CustomXmlProperties = "customXml/itemProps1.xml";
    public const string SpendSheet = "xl/worksheets/sheet2.xml";
    public const string StartSheet = "xl/worksheets/sheet1.xml";
    public const string SpendComment = "Check this with finance.";
    public const string StartComment = "Signed off by the S151 officer.";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string Decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    /// <summary>A 1 x 1 PNG.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>The custom XML part's text.</summary>
    public const string CustomXmlText = "<?xml version=\"1.0\" encoding=\"utf-8\"?><councilData xmlns=\"urn:example:council\"><officer>A. Morgan</officer></councilData>";

    /// <summary>The workbook's parts by path.</summary>
    public static IReadOnlyDictionary<string, byte[]> Parts { get; } = BuildParts();

    /// <summary>The workbook's bytes, each part deflated as Excel does.</summary>
    public static byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in Parts)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.SmallestSize);
                entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var s = entry.Open();
                s.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    private static Dictionary<string, byte[]> BuildParts()
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] =
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"png\" ContentType=\"image/png\"/>" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/customXml/itemProps1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.customXmlProperties+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
                "<Override PartName=\"/xl/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>" +
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" +
                "<Override PartName=\"/xl/drawings/drawing1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>" +
                "<Override PartName=\"/xl/charts/chart1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>" +
                "<Override PartName=\"/xl/comments1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/>" +
                "<Override PartName=\"/xl/comments2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/>" +
                "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
                "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>" +
                "</Types>",
            ["_rels/.rels"] = Rels(
                ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
                ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                ("rId1", R + "/officeDocument", "xl/workbook.xml")),
            ["docProps/app.xml"] = "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Microsoft Excel</Application></Properties>",
            ["docProps/core.xml"] = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Finance officer</dc:creator></cp:coreProperties>",
            ["xl/workbook.xml"] =
                $"<workbook xmlns=\"{Main}\" xmlns:r=\"{R}\"><bookViews><workbookView activeTab=\"0\"/></bookViews>" +
                "<sheets><sheet name=\"Start\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Spend\" sheetId=\"2\" r:id=\"rId2\"/></sheets>" +
                "<definedNames><definedName name=\"_xlnm.Print_Area\" localSheetId=\"1\">Spend!$A$1:$E$10</definedName></definedNames></workbook>",
            ["xl/_rels/workbook.xml.rels"] = Rels(
                ("rId3", R + "/theme", "theme/theme1.xml"),
                ("rId4", R + "/styles", "styles.xml"),
                ("rId5", R + "/sharedStrings", "sharedStrings.xml"),
                ("rId6", R + "/customXml", "../customXml/item1.xml"),
                ("rId1", R + "/worksheet", "worksheets/sheet1.xml"),
                ("rId2", R + "/worksheet", "worksheets/sheet2.xml")),
            ["xl/theme/theme1.xml"] = Theme,
            ["xl/styles.xml"] =
                $"<styleSheet xmlns=\"{Main}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"&quot;£&quot;#,##0.00\"/></numFmts>" +
                "<fonts count=\"1\"><font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font></fonts>" +
                "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
                "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
                "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
                "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>" +
                "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles><dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>",
            ["xl/sharedStrings.xml"] =
                $"<sst xmlns=\"{Main}\" count=\"6\" uniqueCount=\"6\"><si><t>UKSPF quarterly return</t></si><si><t>Project</t></si><si><t>Capital</t></si><si><t>P001</t></si><si><t>P002</t></si><si><t>twelve</t></si></sst>",
            [StartSheet] =
                $"<worksheet xmlns=\"{Main}\" xmlns:r=\"{R}\"><dimension ref=\"A1\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>" +
                "<sheetData><row r=\"1\" spans=\"1:1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>" +
                "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/><legacyDrawing r:id=\"rId1\"/></worksheet>",
            ["xl/worksheets/_rels/sheet1.xml.rels"] = Rels(
                ("rId2", R + "/comments", "../comments1.xml"),
                ("rId1", R + "/vmlDrawing", "../drawings/vmlDrawing1.vml")),
            ["xl/comments1.xml"] = Comments("A1", StartComment),
            ["xl/drawings/vmlDrawing1.vml"] = Vml(1, ("A1", 1025)),
            [SpendSheet] =
                $"<worksheet xmlns=\"{Main}\" xmlns:r=\"{R}\"><dimension ref=\"A1:C4\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>" +
                "<sheetData><row r=\"1\" spans=\"1:3\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>2</v></c></row>" +
                "<row r=\"2\" spans=\"1:3\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" s=\"1\"><v>1200.5</v></c><c r=\"C2\" s=\"1\"><v>300</v></c></row>" +
                "<row r=\"4\" spans=\"1:3\"><c r=\"A4\" t=\"s\"><v>4</v></c><c r=\"B4\" t=\"s\"><v>5</v></c><c r=\"C4\" s=\"1\"><v>45.25</v></c></row></sheetData>" +
                "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/><drawing r:id=\"rId1\"/><legacyDrawing r:id=\"rId3\"/></worksheet>",
            ["xl/worksheets/_rels/sheet2.xml.rels"] = Rels(
                ("rId3", R + "/vmlDrawing", "../drawings/vmlDrawing2.vml"),
                ("rId2", R + "/comments", "../comments2.xml"),
                ("rId1", R + "/drawing", "../drawings/drawing1.xml")),
            ["xl/comments2.xml"] = Comments("B4", SpendComment),
            ["xl/drawings/vmlDrawing2.vml"] = Vml(2, ("B4", 2049)),
            [Drawing] =
                $"<xdr:wsDr xmlns:xdr=\"{Xdr}\" xmlns:a=\"{A}\">" +
                "<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
                $"<xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"2\" name=\"Council logo\"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r=\"{R}\" r:embed=\"rId1\"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>" +
                "<xdr:spPr><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>" +
                "<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
                "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"3\" name=\"Spend chart\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>" +
                $"<a:graphic><a:graphicData uri=\"{C}\"><c:chart xmlns:c=\"{C}\" xmlns:r=\"{R}\" r:id=\"rId2\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>",
            ["xl/drawings/_rels/drawing1.xml.rels"] = Rels(
                ("rId2", R + "/chart", "../charts/chart1.xml"),
                ("rId1", R + "/image", "../media/image1.png")),
            [Chart] =
                $"<c:chartSpace xmlns:c=\"{C}\" xmlns:a=\"{A}\" xmlns:r=\"{R}\"><c:chart><c:plotArea><c:layout/>" +
                "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>" +
                "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:val><c:numRef><c:f>Spend!$B$2:$B$4</c:f></c:numRef></c:val></c:ser>" +
                "<c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>" +
                "<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:crossAx val=\"2\"/></c:catAx>" +
                "<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:crossAx val=\"1\"/></c:valAx>" +
                "</c:plotArea></c:chart></c:chartSpace>",
            [CustomXml] = CustomXmlText,
            ["customXml/_rels/item1.xml.rels"] = Rels(("rId1", R + "/customXmlProps", "itemProps1.xml")),
            [CustomXmlProperties] =
                "<ds:datastoreItem ds:itemID=\"{6A3C1F3E-2B7D-4E8F-9C51-0D2E4B6A8F10}\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"><ds:schemaRefs/></ds:datastoreItem>",
        };

        var bytes = parts.ToDictionary(p => p.Key, p => p.Key.EndsWith(".vml", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(p.Value) : Encoding.UTF8.GetBytes(Decl + p.Value));
        bytes[CustomXml] = Encoding.UTF8.GetBytes(CustomXmlText);
        bytes[Image] = Png;
        return bytes;
    }

    private static string Rels(params (string Id, string Type, string Target)[] relationships) =>
        $"<Relationships xmlns=\"{Rel}\">" +
        string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{r.Type}\" Target=\"{r.Target}\"/>")) +
        "</Relationships>";

    private static string Comments(string cell, string text) =>
        $"<comments xmlns=\"{Main}\"><authors><author>Finance officer</author></authors><commentList>" +
        $"<comment ref=\"{cell}\" authorId=\"0\"><text><r><rPr><b/><sz val=\"9\"/><color indexed=\"81\"/><rFont val=\"Tahoma\"/><family val=\"2\"/></rPr><t>Finance officer:</t></r>" +
        $"<r><rPr><sz val=\"9\"/><color indexed=\"81\"/><rFont val=\"Tahoma\"/><family val=\"2\"/></rPr><t xml:space=\"preserve\">\n{text}</t></r></text></comment></commentList></comments>";

    private static string Vml(int block, params (string Cell, int Id)[] shapes) =>
        "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\r\n" +
        $" <o:shapelayout v:ext=\"edit\">\r\n  <o:idmap v:ext=\"edit\" data=\"{block}\"/>\r\n </o:shapelayout>" +
        "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">\r\n  <v:stroke joinstyle=\"miter\"/>\r\n  <v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/>\r\n </v:shapetype>" +
        string.Concat(shapes.Select(s =>
            $"<v:shape id=\"_x0000_s{s.Id}\" type=\"#_x0000_t202\" style=\"position:absolute;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill>" +
            $"<x:Row>{int.Parse(s.Cell[1..], System.Globalization.CultureInfo.InvariantCulture) - 1}</x:Row><x:Column>{s.Cell[0] - 'A'}</x:Column></x:ClientData></v:shape>")) +
        "</xml>";

    private const string Theme =
        "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office Theme\"><a:themeElements>" +
        "<a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>" +
        "<a:dk2><a:srgbClr val=\"44546A\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2><a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1><a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2>" +
        "<a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3><a:accent4><a:srgbClr val=\"FFC000\"/></a:accent4><a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5><a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6>" +
        "<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink></a:clrScheme>" +
        "<a:fontScheme name=\"Office\"><a:majorFont><a:latin typeface=\"Calibri Light\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont><a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme>" +
        "<a:fmtScheme name=\"Office\"><a:fillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:fillStyleLst>" +
        "<a:lnStyleLst><a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln><a:ln w=\"12700\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln><a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln></a:lnStyleLst>" +
        "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>" +
        "<a:bgFillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>" +
        "</a:themeElements></a:theme>";
}
