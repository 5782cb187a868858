using System.IO.Compression;
using System.Text;
using Ukspf.Testing.CompoundFiles;
using Ukspf.Workbooks.Reading;
using Ukspf.Workbooks.Tests.Template;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

public class BadInputTests
{
    private static readonly byte[] Template = Templates.Generate();

    [Fact]
    public void Refuses_an_empty_file()
    {
        var e = Reject([]);

        Assert.Equal(RejectionReason.Empty, e.Reason);
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_text_file_renamed_to_xlsx()
    {
        var e = Reject(BadFiles.Text("Project,Spend\nADU-001,1200\n"), "return.xlsx");

        Assert.Equal(RejectionReason.NotAWorkbook, e.Reason);
        Assert.StartsWith("This file is not an Excel workbook (.xlsx)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_pdf_and_says_what_it_looks_like()
    {
        var e = Reject(BadFiles.Text("%PDF-1.7\n1 0 obj\n"));

        Assert.Equal(RejectionReason.NotAWorkbook, e.Reason);
        Assert.Contains("PDF", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_truncated_zip_as_damaged()
    {
        var e = Reject(Template[..(Template.Length / 2)]);

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
        Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_legacy_xls_workbook()
    {
        var e = Reject(CompoundFile.LegacyXls(), "return.xls");

        Assert.Equal(RejectionReason.LegacyXls, e.Reason);
        Assert.Contains("Excel 97-2003 format (.xls)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_password_protected_workbook_found_by_its_EncryptionInfo_stream()
    {
        var e = Reject(CompoundFile.WithStreams("\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"), "return.xlsx");

        Assert.Equal(RejectionReason.PasswordProtected, e.Reason);
        Assert.Contains("password-protected", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_workbook_named_xlsm()
    {
        var e = Reject(Template, "return.xlsm");

        Assert.Equal(RejectionReason.MacroEnabled, e.Reason);
        Assert.Contains("macros", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_workbook_carrying_a_vba_project_whatever_its_name()
    {
        var withMacros = BadFiles.Rezip(Template, "xl/vbaProject.bin", _ => [0xD0, 0xCF, 0x11, 0xE0]);

        Assert.Equal(RejectionReason.MacroEnabled, Reject(withMacros, "return.xlsx").Reason);
    }

    [Fact]
    public void Refuses_a_workbook_whose_content_type_is_macro_enabled()
    {
        var macroType = BadFiles.Rezip(Template, "[Content_Types].xml", old => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(old!)
            .Replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal)));

        Assert.Equal(RejectionReason.MacroEnabled, Reject(macroType).Reason);
    }

    [Fact]
    public void Refuses_a_file_over_the_size_limit()
    {
        var e = Reject(Template, limits: new ReaderLimits { MaxFileBytes = 10 * 1024 });

        Assert.Equal(RejectionReason.TooLarge, e.Reason);
        Assert.Contains("MB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_zip_bomb_by_its_declared_size_without_unpacking_it()
    {
        var bomb = BadFiles.ZipOfZeros("xl/worksheets/sheet1.xml", 300L * 1024 * 1024);

        var e = Reject(bomb);

        Assert.True(bomb.Length < 2 * 1024 * 1024);
        Assert.Equal(RejectionReason.ZipBomb, e.Reason);
    }

    [Fact]
    public void Refuses_a_part_packed_more_tightly_than_a_real_workbook_could_be()
    {
        var dense = BadFiles.ZipOfZeros("xl/media/image1.png", 50L * 1024 * 1024);

        Assert.Equal(RejectionReason.ZipBomb, Reject(dense).Reason);
    }

    [Fact]
    public void Refuses_a_part_that_unpacks_to_more_than_its_header_declares()
    {
        var filled = Tests.Filling.Filled.Workbook();
        var lying = BadFiles.LieAboutSize(filled, "xl/worksheets/sheet3.xml", 1000);

        var e = Reject(lying);

        // The runtime stops unpacking at the declared size, so the sheet ends early and reads as damaged.
        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    [Fact]
    public void Refuses_a_workbook_with_no_worksheets()
    {
        var e = Reject(BadFiles.WorkbookWithoutSheets());

        Assert.Equal(RejectionReason.NoWorksheets, e.Reason);
        Assert.Contains("no worksheets", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_ordinary_workbook_as_not_a_ukspf_return()
    {
        var e = Reject(OtherWorkbooks.With(("Data", [("Project", "Spend")])));

        Assert.Equal(RejectionReason.NotUkspfReturn, e.Reason);
        Assert.StartsWith("This is not a UKSPF return: it looks like another fund's template", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_another_funds_template_even_with_a_metadata_sheet()
    {
        var townsFund = OtherWorkbooks.With(("Start", [("Reporting period", "Q1")]), ("Metadata", [("Fund", "Towns Fund"), ("Round", "4")]));

        Assert.Equal(RejectionReason.NotUkspfReturn, Reject(townsFund).Reason);
    }

    [Fact]
    public void Accepts_a_workbook_whose_only_sign_of_ukspf_is_its_metadata()
    {
        var bare = OtherWorkbooks.With(("Metadata", [("TemplateVersion", "UKSPF-Return-1.0"), ("Fund", "UKSPF"), ("LlaCode", "adur")]));

        var content = new ReturnReader().Read(new MemoryStream(bare));

        Assert.Equal("adur", content.Metadata["LlaCode"]);
        Assert.Empty(content.Tables);
    }

    [Theory]
    [InlineData("xl/workbook.bin", ".xlsb")]
    [InlineData("word/document.xml", "Word document")]
    public void Refuses_other_office_packages_and_names_them(string document, string named)
    {
        var package = BadFiles.Zip(
            ("_rels/.rels", $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{document}"/></Relationships>"""),
            (document, "<x/>"));

        var e = Reject(package);

        Assert.Equal(RejectionReason.NotAWorkbook, e.Reason);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_opendocument_spreadsheet_and_names_it()
    {
        var e = Reject(BadFiles.Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>")));

        Assert.Equal(RejectionReason.NotAWorkbook, e.Reason);
        Assert.Contains(".ods", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_worksheet_that_is_not_well_formed_xml_as_damaged()
    {
        var broken = BadFiles.Rezip(Template, "xl/worksheets/sheet2.xml", old => old![..(old!.Length / 2)]);

        Assert.Equal(RejectionReason.Corrupt, Reject(broken).Reason);
    }

    [Fact]
    public void Refuses_markup_with_a_document_type_definition()
    {
        var entity = BadFiles.Rezip(Template, "xl/workbook.xml", old => Encoding.UTF8.GetBytes(
            """<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]>""" + Encoding.UTF8.GetString(old!).Split("?>", 2)[1]));

        Assert.Equal(RejectionReason.Corrupt, Reject(entity).Reason);
    }

    [Fact]
    public void The_inspector_passes_a_good_workbook_and_puts_the_stream_back()
    {
        using var stream = new MemoryStream(Template);

        UploadInspector.Inspect("return.xlsx", stream);

        Assert.Equal(0, stream.Position);
        Assert.Equal(3, new ReturnReader().Read(stream).SheetNames.Count(n => n.StartsWith("Out", StringComparison.Ordinal) || n == "Spend"));
    }

    [Fact]
    public void The_inspector_refuses_what_the_reader_would()
    {
        var e = Assert.Throws<WorkbookRejectedException>(() => UploadInspector.Inspect("return.xls", new MemoryStream(CompoundFile.WithStreams("Workbook"))));

        Assert.Equal(RejectionReason.LegacyXls, e.Reason);
    }

    private static WorkbookRejectedException Reject(byte[] file, string? name = null, ReaderLimits? limits = null) =>
        Assert.Throws<WorkbookRejectedException>(() => new ReturnReader(limits).Read(new MemoryStream(file), name));
}
