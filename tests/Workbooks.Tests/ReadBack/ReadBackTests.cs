using Ukspf.Domain.Reconciliation;
using Ukspf.Workbooks.Consolidated;
using Ukspf.Workbooks.Template;
using Ukspf.Workbooks.Tests.Consolidated;
using Ukspf.Workbooks.Tests.Filling;
using Ukspf.Workbooks.Tests.Template;
using Xunit;

namespace Ukspf.Workbooks.Tests.ReadBack;

/// <summary>What we publish and the template we send read back with the same values in four readers that are not ours.</summary>
public class ReadBackTests
{
    // An emoji, an underscore escape Excel would decode, and Welsh: each read back as written.
    private const string AwkwardName = "Ynys Môn 😀 _x0041_ & Co";

    private static byte[] Consolidated()
    {
        var report = new RoundReportBuilder().WithCouncils(6).WithFindingsPerCouncil(2).WithSubmissionsPerCouncil(2).Build();
        report = report with { Councils = [report.Councils[0] with { Name = AwkwardName }, .. report.Councils.Skip(1)] };
        using var output = new MemoryStream();
        ConsolidatedReturnWriter.Write(report, output);
        return output.ToArray();
    }

    private static byte[] CarriedTemplate() =>
        Templates.Generate(Templates.Request(round: Templates.Round("2025-26-Q3")) with
        {
            CarriedForward = new CarriedForward(Returns.Realistic(), Returns.Q2),
        });

    public static TheoryData<string> Readers => new() { "openpyxl", "SheetJS", "exceljs" };

    private static Cells Read(string reader, byte[] xlsx) => reader switch
    {
        "openpyxl" => ReadBackTools.OpenPyxl(xlsx),
        "SheetJS" => ReadBackTools.SheetJs(xlsx),
        "exceljs" => ReadBackTools.ExcelJs(xlsx),
        _ => throw new ArgumentOutOfRangeException(nameof(reader), reader, null),
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_consolidated_return_reads_back_as_ExcelDataReader_reads_it(string reader)
    {
        var xlsx = Consolidated();

        var expected = ReadBackTools.ExcelDataReader(xlsx);
        var read = Read(reader, xlsx);

        Assert.Equal(ConsolidatedReturnWriter.SheetNames, read.Keys);
        foreach (var sheet in expected.Keys) Assert.Equal(expected[sheet], read[sheet]);
        Assert.Equal(AwkwardName, read["Councils"]["B2"]);
        Assert.Equal("2024-10-31T00:00:00", read["Summary"]["B4"]);
        Assert.Equal("Capital allocation", read["Councils"]["D1"]);
        Assert.IsType<double>(read["Councils"]["D2"]);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_template_reads_back_as_ExcelDataReader_reads_it_with_its_totals_and_what_it_carried(string reader)
    {
        var xlsx = CarriedTemplate();

        var expected = ReadBackTools.ExcelDataReader(xlsx);
        var read = Read(reader, xlsx);

        foreach (var sheet in expected.Keys) Assert.Equal(expected[sheet], read[sheet]);
        Assert.Equal("Adur", read["Start"]["B3"]);
        Assert.Equal("ADU-001", read["Projects"]["A5"]);
        Assert.Equal(26234.66, (double)read["Spend"]["C3"], 6);
        Assert.Equal("E07000223", read["Metadata"]["B4"]);
    }

    [Fact]
    public void ExcelDataReader_reads_the_consolidated_councils_figures_as_numbers()
    {
        var cells = ReadBackTools.ExcelDataReader(Consolidated());

        Assert.Equal(AwkwardName, cells["Councils"]["B2"]);
        Assert.All(new[] { "D2", "E2", "F2", "L2" }, a => Assert.IsType<double>(cells["Councils"][a]));
    }
}
