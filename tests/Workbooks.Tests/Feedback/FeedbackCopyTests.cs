using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Ukspf.Workbooks.Feedback;
using Ukspf.Workbooks.Tests.Reading;
using Ukspf.Workbooks.Tests.Writing;
using Xunit;

namespace Ukspf.Workbooks.Tests.Feedback;

/// <summary>
/// The feedback copies the council's own package, so it copies only one that passes the checks the reader makes of
/// an upload, every part unpacked to its end within its declared size. Anything else gets the standalone feedback:
/// nothing the checks did not vet is sent back.
/// </summary>
public class FeedbackCopyTests
{
    private const string Extra = "customXml/item1.xml";

    [Fact]
    public void A_package_with_an_entry_whose_size_lies_gets_the_standalone_feedback_without_the_entry()
    {
        var original = BadFiles.Rezip(new CouncilWorkbookBuilder().Build(), Extra, _ => Encoding.UTF8.GetBytes("<notes>" + new string(' ', 100_000) + "</notes>"));
        var lying = BadFiles.LieAboutSize(original, Extra, 1000);

        var (annotated, xlsx) = Write(lying);

        Assert.False(annotated);
        Assert.DoesNotContain(Extra, EntryNames(xlsx));
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Equal(["Feedback"], SheetGrid.SheetNames(document));
    }

    [Fact]
    public void The_same_package_with_the_entry_telling_the_truth_is_annotated_and_keeps_it()
    {
        var original = BadFiles.Rezip(new CouncilWorkbookBuilder().Build(), Extra, _ => Encoding.UTF8.GetBytes("<notes>" + new string(' ', 100_000) + "</notes>"));

        var (annotated, xlsx) = Write(original);

        Assert.True(annotated);
        Assert.Contains(Extra, EntryNames(xlsx));
    }

    [Fact]
    public void A_package_holding_a_macro_sheet_gets_the_standalone_feedback_without_it()
    {
        var part = "xl/macrosheets/sheet1.xml";
        var withMacros = MacroSheets.WithContentType(MacroSheets.WithPart(new CouncilWorkbookBuilder().Build(), part), partName: "/" + part);

        var (annotated, xlsx) = Write(withMacros);

        Assert.False(annotated);
        Assert.DoesNotContain(part, EntryNames(xlsx));
    }

    [Fact]
    public void A_package_with_an_entry_named_outside_it_gets_the_standalone_feedback_without_it()
    {
        var odd = BadFiles.WithEntry(new CouncilWorkbookBuilder().Build(), "../evil.xml", "<x/>");

        var (annotated, xlsx) = Write(odd);

        Assert.False(annotated);
        Assert.DoesNotContain(EntryNames(xlsx), n => n.Contains("evil", StringComparison.Ordinal));
    }

    private static (bool Annotated, byte[] Xlsx) Write(byte[] original)
    {
        using var output = new MemoryStream();
        var annotated = FeedbackWorkbookWriter.Write(new MemoryStream(original), Findings.OnSpendSheet(), Headers.Rejected(), output);
        return (annotated, output.ToArray());
    }

    private static List<string> EntryNames(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        return zip.Entries.Select(e => e.FullName).ToList();
    }
}
