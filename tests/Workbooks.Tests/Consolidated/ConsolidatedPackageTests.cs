using DocumentFormat.OpenXml.Packaging;
using Ukspf.Domain.Reconciliation;
using Ukspf.Workbooks.Consolidated;
using Ukspf.Workbooks.Tests.Writing;
using Xunit;

namespace Ukspf.Workbooks.Tests.Consolidated;

/// <summary>The consolidated return as a package: its parts, their relationships and content types, and the streams it is written to.</summary>
public class ConsolidatedPackageTests
{
    private const string SpreadsheetMl = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private const string ContentTypes = "[Content_Types].xml";

    private static byte[] Write(RoundReport report)
    {
        using var output = new MemoryStream();
        ConsolidatedReturnWriter.Write(report, output);
        return output.ToArray();
    }

    private static IEnumerable<string> SheetParts => Enumerable.Range(1, 8).Select(i => $"xl/worksheets/sheet{i}.xml");

    [Fact]
    public void The_workbook_relates_its_sheets_styles_and_strings_by_targets_relative_to_the_xl_folder()
    {
        var package = PackageEntries.Read(Write(new RoundReportBuilder().Build()));

        var targets = package.Relationships("xl/_rels/workbook.xml.rels").Select(r => r.Target).ToList();
        var root = package.Relationships("_rels/.rels").Select(r => r.Target).ToList();

        Assert.Subset(targets.ToHashSet(), SheetParts.Select(p => p["xl/".Length..]).Append("styles.xml").Append("sharedStrings.xml").ToHashSet());
        Assert.Subset(root.ToHashSet(), new HashSet<string> { "xl/workbook.xml", "docProps/core.xml" });
    }

    [Fact]
    public void Every_part_is_reached_through_the_relationships_and_every_target_is_a_part()
    {
        var package = PackageEntries.Read(Write(new RoundReportBuilder().WithCouncils(5).Build()));

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([""]);
        while (pending.TryDequeue(out var source))
        {
            var rels = PackageEntries.RelationshipsOf(source);
            if (!package.Entries.ContainsKey(rels)) continue;
            reached.Add(rels);
            foreach (var (_, _, target) in package.Relationships(rels))
            {
                Assert.False(target.StartsWith('/'), $"{rels} points at {target} by an absolute path");
                var part = PackageEntries.Resolve(source, target);
                Assert.True(package.Entries.ContainsKey(part), $"{rels} points at {part}, which is not in the package");
                if (reached.Add(part)) pending.Enqueue(part);
            }
        }

        reached.Add(ContentTypes);
        Assert.Equal(package.Entries.Keys.Order(), reached.Order());
    }

    [Fact]
    public void Every_part_has_its_content_type_and_every_override_names_a_part()
    {
        var package = PackageEntries.Read(Write(new RoundReportBuilder().Build()));

        Assert.Equal(SpreadsheetMl + "sheet.main+xml", package.ContentType("xl/workbook.xml"));
        Assert.All(SheetParts, p => Assert.Equal(SpreadsheetMl + "worksheet+xml", package.ContentType(p)));
        Assert.Equal(SpreadsheetMl + "styles+xml", package.ContentType("xl/styles.xml"));
        Assert.Equal(SpreadsheetMl + "sharedStrings+xml", package.ContentType("xl/sharedStrings.xml"));
        Assert.Equal("application/vnd.openxmlformats-package.core-properties+xml", package.ContentType("docProps/core.xml"));
        Assert.All(package.Entries.Keys.Where(p => p.EndsWith(".rels", StringComparison.Ordinal)),
            p => Assert.Equal("application/vnd.openxmlformats-package.relationships+xml", package.ContentType(p)));
        Assert.All(package.Entries.Keys.Where(p => p != ContentTypes), p => Assert.NotNull(package.ContentType(p)));
        Assert.Equal("application/xml", package.ContentType("any.xml"));
        Assert.All(package.Overrides(), p => Assert.Contains(p, package.Entries.Keys));
    }

    [Fact]
    public void A_round_with_many_findings_and_submissions_passes_the_open_xml_validator()
    {
        var xlsx = Write(new RoundReportBuilder().WithCouncils(60).WithFindingsPerCouncil(4).WithSubmissionsPerCouncil(5).Build());

        Assert.Empty(PackageChecks.ValidationErrors(xlsx));
    }

    [Fact]
    public void Writing_to_a_stream_that_cannot_seek_gives_the_same_workbook()
    {
        var report = new RoundReportBuilder().WithCouncils(12).WithFindingsPerCouncil(3).Build();
        var seekable = Write(report);
        var upload = new ForwardOnlyStream();

        ConsolidatedReturnWriter.Write(report, upload);
        var forward = upload.Written;

        const int DataDescriptorFlag = 0x08;
        Assert.NotEqual(0, forward[6] & DataDescriptorFlag);
        Assert.Equal(PackageEntries.Read(seekable).Entries, PackageEntries.Read(forward).Entries);
        Assert.Empty(PackageChecks.ValidationErrors(forward));
        using var document = SpreadsheetDocument.Open(new MemoryStream(forward), false);
        Assert.Equal(ConsolidatedReturnWriter.SheetNames, SheetGrid.SheetNames(document));
        var expected = DataReaderSheets.Read(seekable);
        var read = DataReaderSheets.Read(forward);
        Assert.Equal(expected.Select(s => s.Name), read.Select(s => s.Name));
        Assert.All(expected.Zip(read), pair => Assert.Equal(pair.First.Rows, pair.Second.Rows));
    }

    [Fact]
    public void Writing_after_other_content_keeps_it_and_appends_a_whole_workbook()
    {
        var report = new RoundReportBuilder().WithCouncils(4).Build();
        byte[] before = [1, 2, 3, 4, 5];
        using var output = new MemoryStream();
        output.Write(before);

        ConsolidatedReturnWriter.Write(report, output);
        var written = output.ToArray();

        Assert.Equal(before, written[..before.Length]);
        Assert.Equal(Write(report), written[before.Length..]);
        Assert.Equal(ConsolidatedReturnWriter.SheetNames, DataReaderSheets.Read(written[before.Length..]).Select(s => s.Name));
    }

    [Fact]
    public void Writing_the_same_report_again_or_at_the_same_time_gives_the_same_bytes()
    {
        var report = new RoundReportBuilder().WithCouncils(8).Build();
        var first = Write(report);

        var concurrent = new byte[4][];
        Parallel.For(0, concurrent.Length, i => concurrent[i] = Write(report));

        Assert.All(concurrent, bytes => Assert.Equal(first, bytes));
        Assert.Equal(first, Write(report));
    }
}
