using Ukspf.Workbooks.Reading;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// A zip entry's name is a path. One that climbs out of the package, starts at a root or a drive, uses backslashes,
/// or names a part twice (or twice but for case, which Windows and Excel take as one) is no name Excel writes: such a
/// package is refused as damaged before anything in it is read, so none of it reaches the feedback copy.
/// </summary>
public class ZipEntryNameTests
{
    private static readonly byte[] Filled = Tests.Filling.Filled.Workbook();

    [Theory]
    [InlineData("../evil.xml")]
    [InlineData("xl/../../evil.xml")]
    [InlineData("xl/./worksheets/evil.xml")]
    [InlineData("/xl/evil.xml")]
    [InlineData("C:\\Users\\Public\\evil.xml")]
    [InlineData("C:/Users/Public/evil.xml")]
    [InlineData("xl\\worksheets\\evil.xml")]
    public void An_entry_whose_name_is_no_path_inside_the_package_is_refused_as_damaged(string name)
    {
        var odd = BadFiles.WithEntry(Filled, name, "<x/>");

        var e = Reject(odd);

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
        Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_entries_of_the_same_name_are_refused_as_damaged()
    {
        var twice = BadFiles.WithEntry(Filled, "xl/workbook.xml", "<workbook/>");

        Assert.Equal(RejectionReason.Corrupt, Reject(twice).Reason);
    }

    [Fact]
    public void Two_entries_whose_names_differ_only_in_case_are_refused_as_damaged()
    {
        var twins = BadFiles.WithEntry(Filled, "XL/Workbook.xml", "<workbook/>");

        Assert.Equal(RejectionReason.Corrupt, Reject(twins).Reason);
    }

    [Fact]
    public void The_inspector_refuses_an_odd_name_before_the_workbook_is_read()
    {
        var odd = BadFiles.WithEntry(Filled, "../evil.xml", "<x/>");

        var e = Assert.Throws<WorkbookRejectedException>(() => UploadInspector.Inspect("return.xlsx", new MemoryStream(odd)));

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    [Fact]
    public void Folder_entries_that_zip_tools_add_are_no_problem()
    {
        var rezipped = BadFiles.WithEntry(BadFiles.WithEntry(Filled, "xl/", ""), "xl/worksheets/", "");

        var content = new ReturnReader().Read(new MemoryStream(rezipped), "return.xlsx");

        Assert.Equal("E07000223", content.Metadata["LlaCode"]);
    }

    private static WorkbookRejectedException Reject(byte[] file) =>
        Assert.Throws<WorkbookRejectedException>(() => new ReturnReader().Read(new MemoryStream(file), "return.xlsx"));
}
