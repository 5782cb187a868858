using System.Text;
using Ukspf.Domain.Workbook;
using Ukspf.Workbooks.Reading;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// The XML a worksheet or the shared strings may hold, read through <see cref="ReturnReader"/>: text as XML defines
/// it, every encoding a part may declare, damage refused as corrupt, and reads that cross the reader's 64 KB chunks.
/// The Spend sheet's comment cell G6 (row 2 of SpendTable) is where most tests plant their markup.
/// </summary>
public class PartXmlTests
{
    private const string Strings = "xl/sharedStrings.xml";
    private const string SharedComment = "<t>Contractor invoiced early</t>";
    private const int ChunkBytes = 64 * 1024;
    private static readonly byte[] Filled = Tests.Filling.Filled.Workbook();
    private static readonly string SpendPart = PartRewriter.SheetPart(Filled, "Spend");

    public static TheoryData<string, string> TextMarkup => new()
    {
        { "Fish &amp; chips &lt;3 &gt; &quot;q&quot; &apos;a&apos;", "Fish & chips <3 > \"q\" 'a'" },
        { "&#163;5, &#x20AC;6, &#x20ac;7, &#0163;8, &#x1F600;, &#119070;", "£5, €6, €7, £8, 😀, 𝄞" },
        { "&amp;amp; &amp;#163; &#38;lt;", "&amp; &#163; &lt;" },
        { "a\r\nb\rc\nd\r\r\ne\r", "a\nb\nc\nd\n\ne\n" },
        { "a&#13;b&#xD;&#xA;c&#9;d", "a\rb\r\nc\td" },
        { "x<![CDATA[<&amp;>\"]]>y<![CDATA[]]>z", "x<&amp;>\"yz" },
        { "<![CDATA[a\r\nb\rc]]>", "a\nb\nc" },
        { "a<!-- c -->b<?pi x?>c<!---->d<!-- <t>no</t> & -->e<?x <t> > ?>f", "abcdef" },
        { "  spaced  \t", "  spaced  \t" },
        { "<![CDATA[</t><t>&#163;]]><?pi </t>?><!-- </is> -->", "</t><t>&#163;" },
    };

    [Theory]
    [MemberData(nameof(TextMarkup))]
    public void Inline_string_markup_reads_as_the_text_it_stands_for(string markup, string expected)
    {
        var xlsx = WithComment(Inline(markup));

        var cell = Comment(xlsx);

        Assert.Equal(new RawCell("Spend", "G6", RawCellKind.Text, expected), cell);
    }

    [Theory]
    [MemberData(nameof(TextMarkup))]
    public void Shared_string_markup_reads_as_the_text_it_stands_for(string markup, string expected)
    {
        var xlsx = PartRewriter.Edit(Filled, Strings, xml => PartRewriter.ReplaceOnce(xml, SharedComment, $"<t>{markup}</t>"));

        var cell = Comment(xlsx);

        Assert.Equal(new RawCell("Spend", "G6", RawCellKind.Text, expected), cell);
    }

    [Theory]
    [InlineData("<![CDATA[25000.1]]>")]
    [InlineData("25<!-- thousand -->000.1")]
    [InlineData("<?pi?>25000<![CDATA[.]]>1")]
    [InlineData("25000&#46;1")]
    public void Number_markup_reads_as_the_number_it_stands_for(string markup)
    {
        var xlsx = Sheet(xml => PartRewriter.ReplaceCell(xml, "C6", $"<c r=\"C6\" s=\"4\"><v>{markup}</v></c>"));

        var cell = Read(xlsx).Tables["SpendTable"].Rows[1].Cells["CapitalActual"];

        Assert.Equal(new RawCell("Spend", "C6", RawCellKind.Number, "25000.1"), cell);
    }

    [Theory]
    [InlineData("<c r='G6' t='inlineStr'><is><t>Fish &amp; chips</t></is></c>")]
    [InlineData("<c  r = \"G6\"\n\tt\t=\r\n'inlineStr'  ><is ><t >Fish &amp; chips</t ></is\n></c\t>")]
    [InlineData("<c note=\"a>b\" r=\"G6\" other='x\">/y' t=\"inlineStr\"><is><t>Fish &amp; chips</t></is></c>")]
    [InlineData("<c r=\"G6\" t=\"inlineStr\"><!-- <c r=\"H6\"> --><?pi <is>?><is><rPh><t>no</t></rPh><t>Fish &amp; chips</t></is></c>")]
    public void Reads_attributes_however_they_are_quoted_and_spaced(string cellMarkup)
    {
        var xlsx = WithComment(cellMarkup);

        var cell = Comment(xlsx);

        Assert.Equal(new RawCell("Spend", "G6", RawCellKind.Text, "Fish & chips"), cell);
    }

    [Fact]
    public void Passes_over_comments_and_processing_instructions_between_rows_and_cells()
    {
        var xlsx = Sheet(xml => PartRewriter.ReplaceOnce(
            PartRewriter.ReplaceOnce(xml, "<row r=\"6\">", "<!-- </row> --><?pi <row r=\"9\">?>\r\n<row r=\"6\"><!-- <c r=\"A6\"><v>1</v></c> -->"),
            "<c r=\"D6\"", "<?mso-application progid=\"Excel.Sheet\"?><!--></c>--><c r=\"D6\""));

        var table = Read(xlsx).Tables["SpendTable"];

        Assert.Equal(Describe(Read(Filled).Tables["SpendTable"]), Describe(table));
    }

    [Fact]
    public void Reads_a_sheet_and_shared_strings_whose_every_element_has_a_namespace_prefix()
    {
        var prefixed = new PartRewriter.Markup(Prefix: "x");
        var xlsx = PartRewriter.With(Filled, SpendPart, PartRewriter.Rewrite(PartRewriter.Part(Filled, SpendPart), prefixed, PartRewriter.Charset.Utf8));
        xlsx = PartRewriter.With(xlsx, Strings, PartRewriter.Rewrite(PartRewriter.Part(xlsx, Strings), prefixed, PartRewriter.Charset.Utf8));

        var content = Read(xlsx);

        Assert.Contains("<x:row r=\"6\"><x:c r=\"A6\"", Encoding.UTF8.GetString(PartRewriter.Part(xlsx, SpendPart)), StringComparison.Ordinal);
        Assert.Contains("<x:si><x:t>", Encoding.UTF8.GetString(PartRewriter.Part(xlsx, Strings)), StringComparison.Ordinal);
        Assert.Equal(Describe(Read(Filled).Tables["SpendTable"]), Describe(content.Tables["SpendTable"]));
    }

    [Theory]
    [InlineData(2, new byte[] { 0xFF, 0xFE, (byte)'<', 0 }, new byte[] { 0xA3, 0, (byte)'5', 0 })]
    [InlineData(3, new byte[] { 0xFE, 0xFF, 0, (byte)'<' }, new byte[] { 0, 0xA3, 0, (byte)'5' })]
    [InlineData(4, new byte[] { (byte)'<', 0, (byte)'?', 0 }, new byte[] { 0xA3, 0, (byte)'5', 0 })]
    [InlineData(5, new byte[] { (byte)'<', (byte)'?', (byte)'x', (byte)'m' }, new byte[] { (byte)' ', 0xA3, (byte)'5', (byte)' ' })]
    public void Reads_a_sheet_saved_in_utf16_or_declared_iso_8859_1_with_the_right_text(int charset, byte[] start, byte[] pound)
    {
        var utf8 = WithComment(Inline("Cost £5 &amp; €6 😀"));
        var saved = PartRewriter.Rewrite(PartRewriter.Part(utf8, SpendPart), new PartRewriter.Markup(), PartRewriter.Charset.All[charset]);
        var xlsx = PartRewriter.With(utf8, SpendPart, saved);

        var content = Read(xlsx);

        Assert.Equal(start, saved[..4]);
        Assert.True(saved.AsSpan().IndexOf(pound) > 0);
        Assert.Equal("Cost £5 & €6 😀", content.Tables["SpendTable"].Rows[1].Cells["Comment"].Text);
        Assert.Equal(Describe(Read(utf8).Tables["SpendTable"]), Describe(content.Tables["SpendTable"]));
    }

    [Theory]
    [InlineData("x-no-such-charset")]
    [InlineData("EBCDIC-fantasy")]
    public void Refuses_a_part_in_an_encoding_dotnet_does_not_have(string encoding)
    {
        var xlsx = Sheet(xml => xml.Replace("encoding=\"utf-8\"", $"encoding=\"{encoding}\"", StringComparison.Ordinal));

        var e = Assert.Throws<WorkbookRejectedException>(() => Read(xlsx));

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    public static TheoryData<string> Damages => new(Damage.Keys);

    [Theory]
    [MemberData(nameof(Damages))]
    public void Refuses_damaged_markup_as_corrupt(string damage)
    {
        var xlsx = Damage[damage]();

        var e = Assert.Throws<WorkbookRejectedException>(() => Read(xlsx));

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    private static readonly Dictionary<string, Func<byte[]>> Damage = new()
    {
        ["a DTD in a sheet"] = () => Sheet(xml => PartRewriter.ReplaceOnce(xml, "?>", "?><!DOCTYPE worksheet>")),
        ["a DTD declaring an entity the sheet uses"] = () => Sheet(xml => PartRewriter.ReplaceCell(
            PartRewriter.ReplaceOnce(xml, "?>", "?><!DOCTYPE worksheet [<!ENTITY e \"boom\">]>"), "G6", Inline("&e;"))),
        ["a DTD in the shared strings"] = () => PartRewriter.Edit(Filled, Strings, xml => PartRewriter.ReplaceOnce(xml, "?>", "?><!DOCTYPE sst [<!ENTITY e \"e\">]>")),
        ["the end tag of another element"] = () => WithComment("<c r=\"G6\" t=\"inlineStr\"><is><t>abc</t></is></x>"),
        ["an end tag in another case"] = () => Sheet(xml => PartRewriter.ReplaceCell(xml, "C6", "<c r=\"C6\"><v>25000.1</V></c>")),
        ["an element left open"] = () => WithComment("<c r=\"G6\" t=\"inlineStr\"><is><t>abc</is></c>"),
        ["an end tag differing in a middle letter"] = () => Sheet(xml => PartRewriter.ReplaceOnce(xml, "</sheetData>", "</sheetDada>")),
        ["a sheet cut off inside a tag"] = () => Sheet(xml => PartRewriter.CutAfter(PartRewriter.ReplaceCell(xml, "G6", Inline("abcdef")), "<c r=\"G6\" t=\"inl")),
        ["a sheet cut off inside a value"] = () => Sheet(xml => PartRewriter.CutAfter(PartRewriter.ReplaceCell(xml, "G6", Inline("abcdef")), "<t>abc")),
        ["a sheet cut off inside a CDATA section"] = () => Sheet(xml => PartRewriter.CutAfter(PartRewriter.ReplaceCell(xml, "G6", Inline("<![CDATA[abcdef]]>")), "[abc")),
        ["a sheet cut off inside a comment in a value"] = () => Sheet(xml => PartRewriter.CutAfter(PartRewriter.ReplaceCell(xml, "G6", Inline("ab<!-- cd -->")), "<!-- c")),
        ["shared strings cut off inside a value"] = () => PartRewriter.Edit(Filled, Strings, xml => PartRewriter.CutAfter(xml, "<t>Contractor inv")),
        ["an undeclared entity in a value"] = () => WithComment(Inline("a &foo; b")),
        ["an undeclared entity in a number"] = () => Sheet(xml => PartRewriter.ReplaceCell(xml, "C6", "<c r=\"C6\"><v>1&foo;</v></c>")),
        ["an undeclared entity in a shared string"] = () => PartRewriter.Edit(Filled, Strings, xml => PartRewriter.ReplaceOnce(xml, SharedComment, "<t>a &foo; b</t>")),
        ["an undeclared entity between cells"] = () => Sheet(xml => PartRewriter.ReplaceOnce(xml, "<c r=\"D6\"", "&foo;<c r=\"D6\"")),
        ["a bare ampersand"] = () => WithComment(Inline("Fish & chips")),
        ["the character reference &#1;"] = () => WithComment(Inline("a&#1;b")),
        ["the character reference &#0;"] = () => WithComment(Inline("a&#0;b")),
        ["the character reference &#xFFFE;"] = () => WithComment(Inline("a&#xFFFE;b")),
        ["the character reference &#xD800;"] = () => WithComment(Inline("a&#xD800;b")),
        ["the character reference &#X41;"] = () => WithComment(Inline("a&#X41;b")),
        ["the character reference &#;"] = () => WithComment(Inline("a&#;b")),
        ["a raw control character in a value"] = () => Bytes(Inline("a@@@b"), [0x01]),
        ["a raw NUL in a number"] = () => Bytes("<c r=\"G6\"><v>1@@@</v></c>", [0x00]),
        ["a byte that cannot start UTF-8"] = () => Bytes(Inline("a@@@b"), [0xFF]),
        ["a UTF-8 lead byte without its continuation"] = () => Bytes(Inline("a@@@b"), [0xC3, 0x28]),
        ["an overlong UTF-8 sequence"] = () => Bytes(Inline("a@@@b"), [0xC0, 0xAF]),
        ["a UTF-8 encoded surrogate"] = () => Bytes(Inline("a@@@b"), [0xED, 0xA0, 0x80]),
        ["a UTF-8 sequence cut short by the end tag"] = () => Bytes(Inline("a@@@"), [0xE2, 0x82]),
        ["bad UTF-8 in a number"] = () => Bytes("<c r=\"G6\"><v>1@@@</v></c>", [0xB1]),
        ["bad UTF-8 in a shared string index"] = () => Bytes("<c r=\"G6\" t=\"s\"><v>1@@@</v></c>", [0xFF]),
        ["an attribute given twice"] = () => WithComment("<c r=\"G6\" t=\"inlineStr\" t=\"s\"><is><t>abc</t></is></c>"),
        ["an unquoted cell address"] = () => WithComment("<c r=G6 t=\"inlineStr\"><is><t>abc</t></is></c>"),
        ["an unquoted row number"] = () => Sheet(xml => PartRewriter.ReplaceOnce(xml, "<row r=\"6\">", "<row r=6>")),
        ["an unquoted style before the type"] = () => WithComment("<c r=\"G6\" s=3 t=\"inlineStr\"><is><t>abc</t></is></c>"),
        ["an unquoted style after the type"] = () => WithComment("<c r=\"G6\" t=\"inlineStr\" s=3><is><t>abc</t></is></c>"),
    };

    [Theory]
    [InlineData("A<!-->B-->C", "AC")]
    [InlineData("A<!--->B-->C", "AC")]
    public void Leaves_out_a_comment_in_a_value_whose_text_starts_with_gt_or_dash(string markup, string expected)
    {
        var xlsx = WithComment(Inline(markup));

        var cell = Comment(xlsx);

        Assert.Equal(expected, cell.Text);
    }

    [Fact]
    public void Decodes_character_references_in_a_cells_address_and_type()
    {
        var sharedIndex = SharedIndexOfComment();
        var xlsx = Sheet(xml => PartRewriter.ReplaceCell(PartRewriter.ReplaceCell(xml, "F6", ""), "G6", $"<c r=\"&#71;6\" t=\"&#115;\"><v>{sharedIndex}</v></c>"));

        var row = Read(xlsx).Tables["SpendTable"].Rows[1];

        Assert.Equal(new RawCell("Spend", "G6", RawCellKind.Text, "Contractor invoiced early"), row.Cells["Comment"]);
        Assert.False(row.Cells.ContainsKey("RevenueForecast"));
    }

    [Theory]
    [InlineData("<c xmlns:r=\"urn:other\" r=\"G6\" t=\"s\"><v>{0}</v></c>")]
    [InlineData("<c xmlns:o=\"urn:other\" o:t=\"b\" r=\"G6\" t=\"s\"><v>{0}</v></c>")]
    public void Takes_a_cells_own_attributes_not_namespace_declarations_or_attributes_of_other_namespaces(string cellMarkup)
    {
        var xlsx = WithComment(string.Format(System.Globalization.CultureInfo.InvariantCulture, cellMarkup, SharedIndexOfComment()));

        var row = Read(xlsx).Tables["SpendTable"].Rows[1];

        Assert.Equal(new RawCell("Spend", "G6", RawCellKind.Text, "Contractor invoiced early"), row.Cells["Comment"]);
    }

    [Fact]
    public void Reads_a_tag_a_comment_an_instruction_and_a_value_each_larger_than_the_buffer()
    {
        var text = LongText(new Random(3), 300_000);
        var cell = $"<c r=\"G6\" note=\"{new string('n', 70_000)}\" t=\"inlineStr\"><!--{new string('c', 140_000)}--><is><?pi {new string('p', 70_000)}?><t>{PartRewriter.Escape(text)}</t></is></c>";
        var xlsx = Sheet(xml => PartRewriter.ReplaceOnce(PartRewriter.ReplaceCell(xml, "G6", cell), "<row r=\"7\"", $"<!--{new string('r', 200_000)}--><row r=\"7\""));

        var table = Read(xlsx).Tables["SpendTable"];

        Assert.Equal(text, table.Rows[1].Cells["Comment"].Text);
        Assert.Equal(Describe(Read(Filled).Tables["SpendTable"]).Where(c => !c.Contains("Comment", StringComparison.Ordinal)),
            Describe(table).Where(c => !c.Contains("Comment", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reads_a_return_whose_sheets_and_strings_are_far_larger_than_the_buffer_exactly()
    {
        var random = new Random(11);
        var comments = Enumerable.Range(0, 2500).Select(i => LongText(random, i % 499 == 7 ? 66_000 + 40 * i : i % 37 == 0 ? random.Next(2_000, 9_000) : random.Next(0, 60))).ToList();
        var ret = Tests.Filling.Returns.WithSpendLines(2500);
        ret = ret with { Spend = ret.Spend.Select((line, i) => line with { Comment = comments[i] }).ToList() };
        var inlineRows = Enumerable.Range(0, 2500).Where(i => i % 499 == 7 || i % 101 == 3).ToList();
        var xlsx = Sheet(Tests.Filling.Filled.Workbook(ret), xml => inlineRows.Aggregate(xml, (x, i) =>
            PartRewriter.ReplaceCell(x, $"G{i + 5}", $"<c r=\"G{i + 5}\" t=\"inlineStr\"><is><t>{PartRewriter.Escape(comments[i])}</t></is></c>")));

        var rows = Read(xlsx).Tables["SpendTable"].Rows;

        Assert.True(PartRewriter.Part(xlsx, SpendPart).Length > 16 * ChunkBytes);
        Assert.True(PartRewriter.Part(xlsx, Strings).Length > 4 * ChunkBytes);
        Assert.Equal(2500, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal($"ADU-{i + 1:000}", rows[i].Cells["ProjectRef"].Text);
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i].Cells["CapitalActual"].Text);
            Assert.Equal(comments[i], rows[i].Cells.TryGetValue("Comment", out var comment) ? comment.Text : "");
        }
    }

    [Fact]
    public void Reads_a_row_that_straddles_the_first_chunk_boundary_at_every_offset()
    {
        var xlsx = Sheet(xml => new[]
        {
            ("C6", "<c r=\"C6\" s=\"4\"><v><![CDATA[25000.1]]></v></c>"),
            ("D6", "<c r='D6' s='4' ><v>310<!-- , -->.25<?pi ?></v></c >"),
            ("G6", "<c r=\"G6\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">Fish &amp; </t></r><r><rPr><b/></rPr><t>chips &#163;&#x20AC;&#x1F600; &lt;ok&gt;</t></r><rPh sb=\"0\" eb=\"1\"><t>no</t></rPh></is></c>"),
            ("H6", "<c r=\"H6\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>a&#13;&#10;b\r\nc</v></c>"),
        }.Aggregate(xml, (x, cell) => PartRewriter.ReplaceCell(x, cell.Item1, cell.Item2)));
        var expected = Describe(Read(xlsx).Tables["SpendTable"]);

        var failures = Sweep(xlsx, SpendPart, "<row r=\"6\"", "</row>", content => Describe(content.Tables["SpendTable"]), expected);

        Assert.Contains("Spend!G6 Comment=Text:Fish & chips £€😀 <ok>", expected);
        Assert.Contains("Spend!H6 CorrectionReason=Text:a\r\nb\nc", expected);
        Assert.Contains("Spend!D6 RevenueActual=Number:310.25", expected);
        Assert.Empty(failures);
    }

    [Fact]
    public void Reads_a_shared_string_that_straddles_the_first_chunk_boundary_at_every_offset()
    {
        const string Item = "<si><r><t xml:space=\"preserve\">Con&amp;</t></r><r><rPr><i/></rPr><t><![CDATA[tractor <in>]]>voiced&#x20;early&#x1F600;</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh><phoneticPr fontId=\"1\"/></si>";
        var xlsx = PartRewriter.Edit(Filled, Strings, xml => PartRewriter.ReplaceOnce(xml, $"<si>{SharedComment}</si>", Item));
        var expected = Describe(Read(xlsx).Tables["SpendTable"]);

        var failures = Sweep(xlsx, Strings, Item, "</si>", content => Describe(content.Tables["SpendTable"]), expected);

        Assert.Contains("Spend!G6 Comment=Text:Con&tractor <in>voiced early😀", expected);
        Assert.Empty(failures);
    }

    [Fact]
    public void Damage_anywhere_in_a_part_is_read_or_refused_as_corrupt_but_never_throws_anything_else()
    {
        var random = new Random(17);
        var parts = new[] { SpendPart, Strings, PartRewriter.SheetPart(Filled, "Metadata") }.ToDictionary(p => p, p => PartRewriter.Part(Filled, p));
        var wrong = new List<string>();

        for (var i = 0; i < 450; i++)
        {
            var (part, bytes) = parts.ElementAt(i % parts.Count);
            var (damaged, what) = DamageOnce(random, bytes);
            try { Read(PartRewriter.With(Filled, part, damaged)); }
            catch (WorkbookRejectedException e) when (e.Reason == RejectionReason.Corrupt) { }
            catch (Exception e) { wrong.Add($"{part}, {what}: {e.GetType().Name}: {e.Message}"); }
        }

        Assert.Empty(wrong);
    }

    // One truncation, overwritten byte, deleted byte or inserted byte, favouring the bytes markup is made of.
    private static (byte[] Bytes, string What) DamageOnce(Random random, byte[] part)
    {
        byte[] marks = [(byte)'<', (byte)'>', (byte)'/', (byte)'&', (byte)'"', (byte)';', (byte)'!', (byte)'?', (byte)']', (byte)'-', 0x00, 0xFF, 0xC3, (byte)'x'];
        var at = random.Next(1, part.Length);
        var value = random.Next(2) == 0 ? marks[random.Next(marks.Length)] : (byte)random.Next(256);
        return random.Next(4) switch
        {
            0 => (part[..at], $"cut at {at}"),
            1 => ([.. part[..at], value, .. part[(at + 1)..]], $"byte {at} set to 0x{value:X2}"),
            2 => ([.. part[..at], .. part[(at + 1)..]], $"byte {at} deleted"),
            _ => ([.. part[..at], value, .. part[at..]], $"0x{value:X2} inserted at {at}"),
        };
    }

    // Pads the part before `from` so that the bytes from `from` to the `to` after it start at every offset from just
    // before the first chunk boundary to just after it; returns what each read got wrong.
    private static List<string> Sweep(byte[] xlsx, string part, string from, string to, Func<WorkbookContent, IReadOnlyList<string>> look, IReadOnlyList<string> expected)
    {
        const string Pad = "<?pi x?><!-- pad -->";
        var xml = Encoding.UTF8.GetString(PartRewriter.Part(xlsx, part));
        var at = xml.IndexOf(from, StringComparison.Ordinal);
        var length = Encoding.UTF8.GetByteCount(xml[at..(xml.IndexOf(to, at, StringComparison.Ordinal) + to.Length)]);
        var atByte = Encoding.UTF8.GetByteCount(xml[..at]);
        var failures = new List<string>();
        for (var start = ChunkBytes - length - 32; start <= ChunkBytes + 32; start++)
        {
            var padded = PartRewriter.With(xlsx, part, Encoding.UTF8.GetBytes(xml.Insert(at, new string(' ', start - atByte - Pad.Length) + Pad)));
            try
            {
                var got = look(Read(padded));
                if (!got.SequenceEqual(expected)) failures.Add($"starting at byte {start}: read {string.Join(" | ", got.Except(expected))}");
            }
            catch (WorkbookRejectedException e)
            {
                failures.Add($"starting at byte {start}: {e.InnerException?.Message ?? e.Message}");
            }
        }
        return failures;
    }

    private static WorkbookContent Read(byte[] xlsx) => new ReturnReader().Read(new MemoryStream(xlsx), "return.xlsx");

    private static RawCell Comment(byte[] xlsx) => Read(xlsx).Tables["SpendTable"].Rows[1].Cells["Comment"];

    private static IReadOnlyList<string> Describe(RawTable table) => ReaderAgreementTests.Describe(table).ToList();

    private static byte[] Sheet(Func<string, string> edit) => Sheet(Filled, edit);

    private static byte[] Sheet(byte[] xlsx, Func<string, string> edit) => PartRewriter.Edit(xlsx, SpendPart, edit);

    private static byte[] WithComment(string cellMarkup) => Sheet(xml => PartRewriter.ReplaceCell(xml, "G6", cellMarkup));

    private static string Inline(string markup) => $"<c r=\"G6\" t=\"inlineStr\"><is><t>{markup}</t></is></c>";

    // The comment cell with "@@@" in its markup replaced by bytes no string can carry.
    private static byte[] Bytes(string cellMarkup, byte[] bytes) => PartRewriter.Splice(WithComment(cellMarkup), SpendPart, "@@@", bytes);

    private static string SharedIndexOfComment() =>
        System.Text.RegularExpressions.Regex.Match(Encoding.UTF8.GetString(PartRewriter.Part(Filled, SpendPart)), "<c r=\"G6\"[^>]*><v>(\\d+)</v>").Groups[1].Value;

    // Words, odd characters and line breaks, as a long comment typed into a return might hold.
    private static string LongText(Random random, int length)
    {
        string[] pieces = ["funding ", "shopfront ", "£1,200.50 ", "R&D ", "<b>", "\"quoted\" ", "it's ", "€", "😀", "𝄞", "\n", "\t", "漢字 ", "naïve "];
        var text = new StringBuilder(length + 16);
        while (text.Length < length) text.Append(pieces[random.Next(pieces.Length)]).Append((char)('a' + random.Next(26)));
        return text.ToString(0, length).TrimEnd('\uD83D', '\uD834') + "end";
    }
}
