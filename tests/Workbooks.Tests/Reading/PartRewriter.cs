using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// Rewrites the XML of one part inside a workbook package: by hand, to plant a construct or some damage at a known
/// place, or by writing the whole part again as different but equivalent markup (other quotes, prefixes, character
/// references, CDATA, comments, line ends, encodings), which any XML reader must read to the same values.
/// </summary>
internal static class PartRewriter
{
    /// <summary>The path inside the package of the worksheet called <paramref name="sheet"/>, e.g. "xl/worksheets/sheet3.xml".</summary>
    public static string SheetPart(byte[] xlsx, string sheet)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var entry = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
        return document.WorkbookPart.GetPartById(entry.Id!.Value!).Uri.OriginalString.TrimStart('/');
    }

    /// <summary>The bytes of a part.</summary>
    public static byte[] Part(byte[] xlsx, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var stream = (zip.GetEntry(path) ?? throw new ArgumentException($"The package has no part {path}.", nameof(path))).Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A copy of the package with <paramref name="path"/> holding <paramref name="content"/>.</summary>
    public static byte[] With(byte[] xlsx, string path, byte[] content) => BadFiles.Rezip(xlsx, path, _ => content);

    /// <summary>A copy of the package with the UTF-8 text of <paramref name="path"/> changed by <paramref name="change"/>.</summary>
    public static byte[] Edit(byte[] xlsx, string path, Func<string, string> change) =>
        With(xlsx, path, Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(Part(xlsx, path)))));

    /// <summary>A copy of the package with the text of the worksheet called <paramref name="sheet"/> changed.</summary>
    public static byte[] EditSheet(byte[] xlsx, string sheet, Func<string, string> change) => Edit(xlsx, SheetPart(xlsx, sheet), change);

    /// <summary>
    /// A copy of the package whose <paramref name="path"/> has the UTF-8 bytes of <paramref name="marker"/> (which must
    /// occur once) replaced by <paramref name="bytes"/>, for damage no string can carry.
    /// </summary>
    public static byte[] Splice(byte[] xlsx, string path, string marker, byte[] bytes)
    {
        var part = Part(xlsx, path);
        var at = part.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker));
        if (at < 0) throw new ArgumentException($"'{marker}' is not in {path}.", nameof(marker));
        return With(xlsx, path, [.. part[..at], .. bytes, .. part[(at + Encoding.UTF8.GetByteCount(marker))..]]);
    }

    /// <summary><paramref name="text"/> with its one occurrence of <paramref name="old"/> replaced.</summary>
    public static string ReplaceOnce(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(old, at + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"'{old}' does not occur exactly once.", nameof(old));
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    /// <summary>The worksheet XML with the cell at <paramref name="reference"/> (which must exist) replaced by <paramref name="cellXml"/>.</summary>
    public static string ReplaceCell(string sheetXml, string reference, string cellXml)
    {
        var cell = new Regex($"<c r=\"{reference}\"(?: [^>]*?)?(?:/>|>.*?</c>)", RegexOptions.Singleline).Match(sheetXml);
        if (!cell.Success) throw new ArgumentException($"The sheet has no cell {reference}.", nameof(reference));
        return string.Concat(sheetXml.AsSpan(0, cell.Index), cellXml, sheetXml.AsSpan(cell.Index + cell.Length));
    }

    /// <summary><paramref name="text"/> as XML element content.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>The worksheet XML cut off just after the first <paramref name="marker"/>.</summary>
    public static string CutAfter(string xml, string marker)
    {
        var at = xml.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{marker}' is not in the part.", nameof(marker));
        return xml[..(at + marker.Length)];
    }

    /// <summary>
    /// The part's XML written again in <paramref name="charset"/>, as <paramref name="style"/> says; the infoset
    /// (element names and namespaces, attribute values, text) is unchanged.
    /// </summary>
    public static byte[] Rewrite(byte[] part, Markup style, Charset charset)
    {
        var text = new StreamReader(new MemoryStream(part), Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd();
        var root = XDocument.Parse(text, LoadOptions.PreserveWhitespace).Root!;
        var body = new MarkupWriter(style, charset.MaxRawChar).Write(root);
        var bytes = charset.Encode(body, style.Noise);
        // The rewrite is only a fair test if XmlReader, which knows XML, reads the same infoset from it.
        var check = XDocument.Load(new MemoryStream(bytes), LoadOptions.PreserveWhitespace).Root!;
        if (!Infoset(check).SequenceEqual(Infoset(root))) throw new InvalidOperationException("The rewritten part does not hold the same XML.");
        return bytes;
    }

    // Each element's name, attributes (not namespace declarations) and, for a leaf, its text.
    private static IEnumerable<string> Infoset(XElement root) => root.DescendantsAndSelf().Select(e =>
        $"{e.Name} {string.Join(" ", e.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => $"{a.Name}={a.Value}"))} {(e.HasElements ? "" : e.Value)}");

    /// <summary>
    /// How to write markup: <paramref name="Prefix"/> puts every element of the root's namespace under that prefix;
    /// <paramref name="Noise"/>, when given, picks quotes, spacing, character references, CDATA sections, comments,
    /// processing instructions and line ends at random.
    /// </summary>
    public sealed record Markup(string? Prefix = null, Random? Noise = null);

    /// <summary>An encoding to save a part in, as its declaration names it, with or without a byte order mark.</summary>
    public sealed record Charset(string Declared, Encoding Encoding, bool ByteOrderMark, int MaxRawChar = 0x10FFFF)
    {
        public static Charset Utf8 { get; } = new("utf-8", new UTF8Encoding(false), false);

        public static IReadOnlyList<Charset> All { get; } =
        [
            Utf8,
            new("UTF-8", new UTF8Encoding(false), true),
            new("UTF-16", new UnicodeEncoding(bigEndian: false, byteOrderMark: true), true),
            new("UTF-16", new UnicodeEncoding(bigEndian: true, byteOrderMark: true), true),
            new("UTF-16", new UnicodeEncoding(bigEndian: false, byteOrderMark: false), false),
            new("ISO-8859-1", Encoding.Latin1, false, 0xFF),
        ];

        public byte[] Encode(string body, Random? noise = null)
        {
            var quote = noise?.Next(2) == 0 ? '\'' : '"';
            var space = noise?.Next(2) == 0 ? " " : "";
            var declaration = $"<?xml version={quote}1.0{quote} encoding{space}={space}{quote}{Declared}{quote} standalone={quote}yes{quote}?>";
            byte[] bom = ByteOrderMark ? Encoding.GetPreamble() : [];
            return [.. bom, .. Encoding.GetBytes(declaration + body)];
        }

        public override string ToString() => $"{Declared}{(ByteOrderMark ? " with BOM" : "")} ({Encoding.WebName})";
    }

    private sealed class MarkupWriter(Markup style, int maxRawChar)
    {
        private static readonly string[] Comments = ["", " ", "note", "<c r=\"Z9\"><v>1</v></c>", "&amp; ]]> <", "a - b"];
        private static readonly string[] Instructions = ["<?x?>", "<?pi data > here?>", "<?mso-application progid=\"Excel.Sheet\"?>"];
        private static readonly string[] Spacing = ["", "", "", " ", "  ", "\n", "\r\n", "\t"];
        private readonly StringBuilder _out = new();
        private XNamespace _main = XNamespace.None;

        private Random? Noise => style.Noise;

        public string Write(XElement root)
        {
            _main = root.Name.Namespace;
            Element(root, isRoot: true);
            return _out.ToString();
        }

        private void Element(XElement element, bool isRoot)
        {
            var name = Name(element, element.Name);
            _out.Append('<').Append(name);
            foreach (var attribute in element.Attributes())
            {
                if (attribute.IsNamespaceDeclaration && attribute.Name.Namespace == XNamespace.None && style.Prefix is not null && attribute.Value == _main.NamespaceName) continue;
                Attribute(attribute.IsNamespaceDeclaration && attribute.Name.Namespace == XNamespace.Xmlns ? "xmlns:" + attribute.Name.LocalName : Name(element, attribute.Name), attribute.Value);
            }
            // The root declares the main namespace in the form its elements are written in, whatever the source used.
            if (isRoot && style.Prefix is not null && element.Attribute(XNamespace.Xmlns + style.Prefix) is null) Attribute("xmlns:" + style.Prefix, _main.NamespaceName);
            if (isRoot && style.Prefix is null && element.Attribute("xmlns") is null) Attribute("xmlns", _main.NamespaceName);
            _out.Append(Pick(Spacing));
            if (!element.Nodes().Any() && Noise?.Next(2) != 0)
            {
                _out.Append("/>");
                return;
            }
            _out.Append('>');
            if (element.HasElements)
            {
                foreach (var node in element.Nodes())
                {
                    Between();
                    if (node is XElement child) Element(child, isRoot: false);
                    else if (node is XText text) _out.Append(text.Value);
                }
                Between();
            }
            else Text(element.Value);
            _out.Append("</").Append(name).Append(Pick(Spacing)).Append('>');
        }

        private string Name(XElement element, XName name)
        {
            if (name.Namespace == XNamespace.None) return name.LocalName;
            if (name.Namespace == XNamespace.Xml) return "xml:" + name.LocalName;
            if (name.Namespace == _main && element.Name == name) return style.Prefix is null ? name.LocalName : style.Prefix + ":" + name.LocalName;
            var prefix = element.GetPrefixOfNamespace(name.Namespace);
            return prefix is null ? name.LocalName : prefix + ":" + name.LocalName;
        }

        private void Attribute(string name, string value)
        {
            var quote = Noise?.Next(2) == 0 ? '\'' : '"';
            _out.Append(' ').Append(name).Append(Pick(Spacing)).Append('=').Append(Pick(Spacing)).Append(quote);
            foreach (var rune in value.EnumerateRunes())
            {
                var c = rune.Value;
                if (c == '&') _out.Append("&amp;");
                else if (c == '<') _out.Append("&lt;");
                else if (c == quote) _out.Append(quote == '"' ? "&quot;" : "&apos;");
                else if (c is '\t' or '\n' or '\r' || c > maxRawChar) Reference(c);
                else _out.Append(rune.ToString());
            }
            _out.Append(quote);
        }

        // Leaf content: every character written raw or as a reference, some runs in CDATA, comments and processing
        // instructions dropped in between, "\n" written as LF, CRLF or a lone CR.
        private void Text(string value)
        {
            var runes = value.EnumerateRunes().ToArray();
            for (var i = 0; i < runes.Length; i++)
            {
                switch (Noise?.Next(24))
                {
                    case 0: _out.Append("<!--").Append(Pick(Comments)).Append("-->"); break;
                    case 1: _out.Append(Pick(Instructions)); break;
                    case 2 when Noise is { } noise && CdataSafe(runes[i].Value):
                        _out.Append("<![CDATA[");
                        for (var end = i + noise.Next(1, 12); i < runes.Length && i < end && CdataSafe(runes[i].Value); i++)
                            _out.Append(runes[i].Value == '\n' && noise.Next(2) == 0 ? "\r\n" : runes[i].ToString());
                        _out.Append("]]>");
                        i--;
                        continue;
                }
                Character(runes[i].Value, i + 1 < runes.Length ? runes[i + 1].Value : -1);
            }
        }

        private bool CdataSafe(int c) => c is not (']' or '>' or '\r') && c <= maxRawChar;

        private void Character(int c, int next)
        {
            var roll = Noise?.Next(8) ?? -1;
            if (c > maxRawChar || c == '\r' || (roll == 0 && c != '\n')) Reference(c);
            else if (c == '&') _out.Append("&amp;");
            else if (c == '<') _out.Append("&lt;");
            else if (c == '>') _out.Append(roll == 1 && !EndsWithBrackets() ? ">" : "&gt;");
            else if (c == '\n') _out.Append(roll switch { 1 => "\r\n", 2 => "&#10;", 3 when next != '\n' => "\r", _ => "\n" });
            else _out.Append(char.ConvertFromUtf32(c));
        }

        private bool EndsWithBrackets() => _out.Length >= 2 && _out[^1] == ']' && _out[^2] == ']';

        private void Reference(int c) => _out.Append(Noise?.Next(2) == 0 ? $"&#x{c:x};" : $"&#{c};");

        // Between child elements: nothing, white space, a comment or a processing instruction.
        private void Between()
        {
            switch (Noise?.Next(12))
            {
                case 0: _out.Append(Pick(Spacing)); break;
                case 1: _out.Append("<!--").Append(Pick(Comments)).Append("-->"); break;
                case 2: _out.Append(Pick(Instructions)); break;
            }
        }

        private string Pick(string[] options) => Noise is null ? options[0] : options[Noise.Next(options.Length)];
    }
}
