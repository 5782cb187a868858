using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;
using Ukspf.Workbooks.Filling;
using Ukspf.Workbooks.Reading;
using Ukspf.Workbooks.Tests.Filling;
using Ukspf.Workbooks.Tests.Template;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// The reader against the Open XML SDK on returns made from a seeded <see cref="Random"/>: odd text, odd numbers,
/// inline and rich strings, booleans, errors and formula text, tables long enough to cross the reader's chunks. Then
/// the same returns with every part written again as equivalent markup in another encoding, which must read the same.
/// </summary>
public class ReaderAgreementTests
{
    private static readonly byte[] Template = Templates.Generate();

    private static readonly string[] Pieces =
    [
        "plain", "words ", " leading", "trailing ", "  ", "&", "<", ">", "\"", "'", "&amp;", "]]>", "<!--", "-->", "<?x?>", "&#163;",
        "£", "€", "😀", "𝄞", "漢字", "שלום", "e\u0301", "\u00A0", "\t", "\n", "\r\n", "\r", "M&A", "<v>1</v>",
    ];

    private static readonly string[] OddNumbers =
        ["1E-3", "-0", "1.7976931348623157E+308", "4.9406564584124654E-324", "0.1000000000000000055511151231257827", "00012", "12345678", "123456789", "-1.5e+10"];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 10));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_value_read_from_a_random_return_equals_what_the_open_xml_sdk_reads(int seed)
    {
        var (ret, xlsx) = RandomWorkbook(seed);

        var content = Read(xlsx);

        Assert.Equal(Expected(content, new SdkWorkbook(xlsx)), Describe(content));
        Assert.Equal([ret.Projects.Count, ret.Spend.Count, ret.Outputs.Count, ret.Outcomes.Count],
            TemplateSchema.Tables.Select(t => content.Tables[t.Name].Rows.Count));
        Assert.All(content.Tables.Values, t => Assert.Empty(t.MissingColumns));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Equivalent_markup_in_any_encoding_reads_the_same_as_the_plain_workbook(int seed)
    {
        var (_, xlsx) = RandomWorkbook(100 + seed);
        var random = new Random(seed);
        var rewritten = xlsx;
        foreach (var part in XmlPartsRead(xlsx))
        {
            var charset = PartRewriter.Charset.All[random.Next(PartRewriter.Charset.All.Count)];
            var style = new PartRewriter.Markup(random.Next(2) == 0 ? "x" : null, random);
            rewritten = PartRewriter.With(rewritten, part, PartRewriter.Rewrite(PartRewriter.Part(xlsx, part), style, charset));
        }

        var content = Read(rewritten);

        Assert.Equal(Describe(Read(xlsx)), Describe(content));
    }

    /// <summary>Everything the reader found, one line per sheet name, metadata pair, field, table and cell, in a fixed order.</summary>
    internal static IEnumerable<string> Describe(WorkbookContent content) =>
        content.SheetNames.Select(s => $"sheet {s}")
            .Concat(content.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"metadata {p.Key}={p.Value}"))
            .Concat(content.Fields.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Line(p.Value, p.Key)))
            .Concat(content.Tables.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => Describe(p.Value)));

    /// <summary>A table's headers, then each row and its cells.</summary>
    internal static IEnumerable<string> Describe(RawTable table) =>
        table.Rows.SelectMany(row => row.Cells.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Line(c.Value, c.Key)).Prepend($"row {row.Row}"))
            .Prepend($"{table.Name} on {table.Sheet}, headers in row {table.HeaderRow}: " +
                $"{string.Join(", ", table.ColumnLetters.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} in {c.Value}"))}; missing {string.Join(", ", table.MissingColumns)}");

    private static string Line(RawCell cell, string key) => $"{cell.Sheet}!{cell.Address} {key}={cell.Kind}:{cell.Text}";

    // The same lines as Describe, for the addresses the reader reports, with the values the SDK finds there.
    private static IEnumerable<string> Expected(WorkbookContent content, SdkWorkbook sdk)
    {
        foreach (var name in sdk.SheetNames) yield return $"sheet {name}";
        foreach (var (key, value) in sdk.Metadata().OrderBy(p => p.Key, StringComparer.Ordinal)) yield return $"metadata {key}={value}";
        foreach (var (key, cell) in content.Fields.OrderBy(p => p.Key, StringComparer.Ordinal))
            yield return Line(sdk.At(cell.Sheet, cell.Address) is { } v ? new RawCell(cell.Sheet, cell.Address, v.Kind, v.Text) : new RawCell(cell.Sheet, cell.Address, RawCellKind.Empty, ""), key);
        foreach (var (_, table) in content.Tables.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return Describe(table).First();
            foreach (var row in table.Rows)
            {
                yield return $"row {row.Row}";
                foreach (var (key, letter) in table.ColumnLetters.OrderBy(c => c.Key, StringComparer.Ordinal))
                {
                    var address = letter + row.Row.ToString(CultureInfo.InvariantCulture);
                    if (sdk.At(table.Sheet, address) is { } v) yield return Line(new RawCell(table.Sheet, address, v.Kind, v.Text), key);
                }
            }
        }
    }

    private static (CouncilReturn Return, byte[] Xlsx) RandomWorkbook(int seed)
    {
        var random = new Random(seed);
        var ret = RandomReturn(random);
        var edits = Enumerable.Range(0, random.Next(0, 8)).Select(_ => new CellEdit("Spend", $"{"CDEF"[random.Next(4)]}{5 + random.Next(ret.Spend.Count)}",
            OddNumbers[random.Next(OddNumbers.Length)], AsNumber: true)).ToList();
        var filled = Filled.Workbook(ret, edits, Template);
        return (ret, WorkbookSurgery.Edit(filled, document => Vary(document, random, ret)));
    }

    private static CouncilReturn RandomReturn(Random random)
    {
        var projects = Many(random, 1, 80, i => new ReturnProject(Reference(random, i), Text(random), Text(random), (ProjectStatus)random.Next(4),
            Maybe(random), Date(random), Date(random), Maybe(random), Maybe(random)));
        var spend = Many(random, 1, 700, i => new SpendLine(Reference(random, i), random.Next(2) == 0 ? Returns.Q1 : Returns.Q2,
            Money(random), Money(random), Money(random), Money(random), Maybe(random), Maybe(random)));
        var outputs = Many(random, 0, 150, i => Indicator(random, i));
        var outcomes = Many(random, 0, 150, i => Indicator(random, i));
        var programme = new ProgrammeAnswers((Rag)random.Next(3), random.Next(2) == 0 ? null : (Rag)random.Next(3), Maybe(random), Maybe(random),
            Money(random), random.Next(2) == 0 ? null : Money(random), Money(random));
        return new CouncilReturn(new ReturnMetadata(TemplateSchema.Version, "2025-26-Q2", "adur"), projects, spend, outputs, outcomes, null,
            programme, new SignOff(Maybe(random), Maybe(random), Date(random)));
    }

    private static IndicatorLine Indicator(Random random, int i) =>
        new(Reference(random, i), Text(random), Text(random), Money(random), random.Next(3) == 0 ? null : Money(random), Money(random), Maybe(random), Maybe(random));

    private static List<T> Many<T>(Random random, int least, int most, Func<int, T> make) =>
        Enumerable.Range(1, random.Next(least, most + 1)).Select(make).ToList();

    // Never blank, so every line stays a row of its table.
    private static string Reference(Random random, int i) => $"R{i}{Text(random)}";

    private static string Text(Random random) => string.Concat(Enumerable.Range(0, random.Next(0, 7)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    private static string? Maybe(Random random) => random.Next(3) == 0 ? null : Text(random);

    private static DateOnly? Date(Random random) => random.Next(5) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(4000));

    private static decimal Money(Random random) => random.Next(6) switch
    {
        0 => 0m,
        1 => random.Next(),
        2 => random.Next(1_000_000) / 100m,
        3 => -random.Next(1000) / 7m,
        4 => 1_000_000_000_000_000m + random.Next(),
        _ => random.Next(100) / 3m,
    };

    // What a council officer's Excel, or another tool, leaves in a return: inline text, rich text, booleans, errors
    // and formula text, in random data cells. The SDK saves the parts it touches with "x:" prefixes.
    private static void Vary(SpreadsheetDocument document, Random random, CouncilReturn ret)
    {
        (string Sheet, int Lines, string Columns)[] tables =
            [("Projects", ret.Projects.Count, "ABCDEFGHI"), ("Spend", ret.Spend.Count, "ABCDEFGH"), ("Outputs", ret.Outputs.Count, "ABCDEFGH"), ("Outcomes", ret.Outcomes.Count, "ABCDEFGH")];
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable;
        for (var k = random.Next(4, 30); k > 0; k--)
        {
            var (sheet, lines, columns) = tables[random.Next(tables.Length)];
            if (lines == 0) continue;
            var reference = $"{columns[random.Next(columns.Length)]}{5 + random.Next(lines)}";
            var kind = random.Next(5);
            if (kind == 0)
            {
                WorkbookSurgery.SetInline(document, sheet, reference, "I" + Text(random));
                continue;
            }
            var cell = WorkbookSurgery.SetInline(document, sheet, reference, null);
            if (kind == 4)
            {
                strings.AppendChild(new SharedStringItem(
                    new Run(new RunProperties(new Bold()), new Text("B" + Text(random)) { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new Text(Text(random)) { Space = SpaceProcessingModeValues.Preserve }),
                    new PhoneticRun(new Text("ignored")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }));
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(strings.Elements<SharedStringItem>().Count() - 1);
                continue;
            }
            if (kind == 3) cell.CellFormula = new CellFormula("UPPER(A1)");
            cell.DataType = kind switch { 1 => CellValues.Boolean, 2 => CellValues.Error, _ => CellValues.String };
            cell.CellValue = new CellValue(kind switch { 1 => random.Next(2).ToString(CultureInfo.InvariantCulture), 2 => "#N/A", _ => "F" + Text(random) });
        }
    }

    private static IEnumerable<string> XmlPartsRead(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        return zip.Entries.Select(e => e.FullName)
            .Where(n => n == "xl/sharedStrings.xml" || (n.StartsWith("xl/worksheets/", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal)))
            .ToList();
    }

    private static WorkbookContent Read(byte[] xlsx) => new ReturnReader().Read(new MemoryStream(xlsx), "return.xlsx");

    /// <summary>Every cell value of a workbook as the Open XML SDK's DOM gives it.</summary>
    private sealed class SdkWorkbook
    {
        private readonly Dictionary<(string Sheet, string Address), (RawCellKind Kind, string Text)> _cells = [];

        public SdkWorkbook(byte[] xlsx)
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
            var workbook = document.WorkbookPart!;
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
            foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
            {
                SheetNames.Add(sheet.Name!.Value!);
                if (workbook.GetPartById(sheet.Id!.Value!) is not WorksheetPart part) continue;
                foreach (var cell in part.Worksheet.Descendants<Cell>())
                {
                    if (Value(cell, strings) is { } value) _cells[(sheet.Name!.Value!, cell.CellReference!.Value!)] = value;
                }
            }
        }

        public List<string> SheetNames { get; } = [];

        public (RawCellKind Kind, string Text)? At(string sheet, string address) => _cells.TryGetValue((sheet, address), out var value) ? value : null;

        // The metadata sheet's key/value rows, the first of each key kept.
        public Dictionary<string, string> Metadata()
        {
            var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var row = 1; row <= 100; row++)
            {
                var (key, value) = (At(TemplateSchema.Sheets.Metadata, $"A{row}")?.Text, At(TemplateSchema.Sheets.Metadata, $"B{row}")?.Text);
                if (!string.IsNullOrWhiteSpace(key)) pairs.TryAdd(key.Trim(), value?.Trim() ?? "");
            }
            return pairs;
        }

        private static (RawCellKind, string)? Value(Cell cell, string[] strings)
        {
            if (cell.InlineString is { } inline) return (RawCellKind.Text, ItemText(inline));
            if (cell.CellValue is not { } value) return null;
            var type = cell.DataType?.Value;
            if (type == CellValues.SharedString) return (RawCellKind.Text, strings[int.Parse(value.Text, CultureInfo.InvariantCulture)]);
            if (type == CellValues.String || type == CellValues.InlineString) return (RawCellKind.Text, value.Text);
            if (type == CellValues.Boolean) return (RawCellKind.Boolean, value.Text);
            if (type == CellValues.Error) return (RawCellKind.Error, value.Text);
            return value.Text.Length == 0 ? null : (RawCellKind.Number, value.Text);
        }

        // Plain or rich text, leaving out phonetic guides.
        private static string ItemText(OpenXmlElement item) =>
            string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));
    }
}
