using Ukspf.Workbooks.Reading;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// An Excel 4.0 macro sheet runs formulas such as EXEC as a macro does, and is saved in an ordinary .xlsx: any sign
/// of one is refused as a macro-enabled workbook is, so it is never read nor copied into the feedback.
/// </summary>
public class MacroSheetTests
{
    private static readonly byte[] Filled = Tests.Filling.Filled.Workbook();

    [Theory]
    [InlineData("xl/macrosheets/sheet1.xml")]
    [InlineData("xl/intlMacrosheets/sheet1.xml")]
    [InlineData("XL/MacroSheets/Sheet1.xml")]
    public void A_workbook_holding_a_macro_sheet_part_is_refused_as_macro_enabled(string path)
    {
        var withMacros = MacroSheets.WithPart(Filled, path);

        var e = Reject(withMacros);

        Assert.Equal(RejectionReason.MacroEnabled, e.Reason);
        Assert.Contains("contains macros", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MacroSheets.MacroSheetContentType)]
    [InlineData("application/vnd.ms-excel.intlmacrosheet+xml")]
    public void A_workbook_declaring_a_macro_sheet_content_type_is_refused_as_macro_enabled(string contentType)
    {
        var withMacros = MacroSheets.WithContentType(Filled, contentType);

        Assert.Equal(RejectionReason.MacroEnabled, Reject(withMacros).Reason);
    }

    [Theory]
    [InlineData("xlMacrosheet")]
    [InlineData("xlIntlMacrosheet")]
    public void A_workbook_listing_a_sheet_of_macro_sheet_type_is_refused_as_macro_enabled(string kind)
    {
        var withMacros = MacroSheets.WithSheetOfType(Filled, kind);

        Assert.Equal(RejectionReason.MacroEnabled, Reject(withMacros).Reason);
    }

    [Theory]
    [InlineData("""<definedName name="Auto_Open">Start!$A$1</definedName>""")]
    [InlineData("""<definedName name="_xlnm.Auto_Open">Start!$A$1</definedName>""")]
    [InlineData("""<definedName name="auto_open_report" localSheetId="0" hidden="1">Start!$A$1</definedName>""")]
    [InlineData("""<definedName name="Auto_Close">Start!$A$1</definedName>""")]
    [InlineData("""<definedName name="Report" xlm="1">Start!$A$1</definedName>""")]
    public void A_workbook_with_a_name_that_runs_a_macro_is_refused_as_macro_enabled(string name)
    {
        var withMacros = MacroSheets.WithDefinedName(Filled, name);

        Assert.Equal(RejectionReason.MacroEnabled, Reject(withMacros).Reason);
    }

    [Fact]
    public void The_inspector_refuses_a_macro_sheet_before_the_workbook_is_read()
    {
        var withMacros = MacroSheets.WithPart(Filled);

        var e = Assert.Throws<WorkbookRejectedException>(() => UploadInspector.Inspect("return.xlsx", new MemoryStream(withMacros)));

        Assert.Equal(RejectionReason.MacroEnabled, e.Reason);
    }

    [Fact]
    public void A_name_that_merely_mentions_auto_open_is_read_as_usual()
    {
        var harmless = MacroSheets.WithDefinedName(Filled, """<definedName name="Notes_on_Auto_Open">Start!$A$1</definedName>""");

        var content = new ReturnReader().Read(new MemoryStream(harmless), "return.xlsx");

        Assert.Equal("E07000223", content.Metadata["LlaCode"]);
    }

    private static WorkbookRejectedException Reject(byte[] file) =>
        Assert.Throws<WorkbookRejectedException>(() => new ReturnReader().Read(new MemoryStream(file), "return.xlsx"));
}
