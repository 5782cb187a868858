using Ukspf.Domain.Returns;
using Ukspf.Domain.Returns.Parsing;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

/// <summary>
/// Table Storage holds at most 32K characters in a property, and the feedback workbook and the CLI show what a
/// finding quotes: every text cell of the template has a length limit, and a longer text is an error on its cell.
/// </summary>
public class TextLengthTests
{
    /// <summary>A third of what one Table Storage property holds (64 KiB, 32K UTF-16 characters).</summary>
    private const int WellInsideStorage = 32 * 1024 / 3;

    /// <summary>Every text and drop-down cell: table columns (row 1 of their table) and single fields.</summary>
    public static TheoryData<string, string> TextCells()
    {
        var cells = new TheoryData<string, string>();
        foreach (var table in TemplateSchema.Tables)
            foreach (var column in table.Columns.Where(c => c.Type is CellType.Text or CellType.Choice))
                cells.Add(table.Name, column.Key);
        foreach (var field in TemplateSchema.Fields.Where(f => f.Type is CellType.Text or CellType.Choice))
            cells.Add("", field.Key);
        return cells;
    }

    [Fact]
    public void Every_text_and_drop_down_cell_of_the_template_has_a_length_limit_well_inside_what_storage_holds()
    {
        var limits = TemplateSchema.Tables.SelectMany(t => t.Columns).Where(c => c.Type is CellType.Text or CellType.Choice).Select(c => (c.Key, c.MaxLength))
            .Concat(TemplateSchema.Fields.Where(f => f.Type is CellType.Text or CellType.Choice).Select(f => (f.Key, f.MaxLength)));

        Assert.All(limits, limit => Assert.InRange(limit.MaxLength ?? int.MaxValue, 1, WellInsideStorage));
    }

    [Fact]
    public void A_project_name_longer_than_storage_can_hold_is_an_error_naming_the_cell_the_limit_and_the_length()
    {
        var name = new string('x', 40_000);

        var parsed = Parse(b => b.WithCell(TemplateSchema.Projects.Name, 1, "ProjectName", CellValue.Text(name)));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal((RuleIds.Cells, Severity.Error, "Projects!B5"), (finding.RuleId, finding.Severity, finding.Location.ToString()));
        Assert.Equal("Project name is 40,000 characters long, more than the 255 it can hold. Please shorten it.", finding.Message);
        Assert.Equal(new string('x', 80) + "…", finding.Value);
    }

    [Fact]
    public void A_narrative_far_longer_than_its_limit_is_one_error_on_its_length()
    {
        var narrative = string.Join(' ', Enumerable.Repeat("regeneration", 4_000));

        var parsed = Parse(b => b.WithField("Narrative", CellValue.Text(narrative)));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal($"Programme!{WorkbookContentBuilder.AddressOf("Narrative")}", finding.Location.ToString());
        Assert.Equal($"Progress narrative (at most 250 words) is {narrative.Length:N0} characters long, more than the 4,000 it can hold. "
            + "Please shorten it.", finding.Message);
    }

    [Theory]
    [MemberData(nameof(TextCells))]
    public void Every_text_cell_refuses_text_one_character_over_its_limit_and_takes_text_at_it(string table, string key)
    {
        var limit = table.Length == 0 ? TemplateSchema.Field(key).MaxLength!.Value : TemplateSchema.Tables.Single(t => t.Name == table).Column(key).MaxLength!.Value;

        var over = Parse(b => Put(b, table, key, new string('a', limit + 1)));
        var at = Parse(b => Put(b, table, key, new string('a', limit)));

        Assert.Contains(over.Findings, f => f.Severity == Severity.Error && f.Message.Contains($"is {limit + 1:N0} characters long, more than the {limit:N0} it can hold", StringComparison.Ordinal));
        Assert.DoesNotContain(at.Findings, f => f.Message.Contains("characters long", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_value_a_finding_quotes_is_cut_to_its_first_80_characters()
    {
        var parsed = Parse(b => b.WithCell(TemplateSchema.Spend.Name, 1, "CapitalActual", CellValue.Text(new string('9', 40_000))));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(new string('9', 80) + "…", finding.Value);
        Assert.True(finding.Message.Length < 500, finding.Message);
    }

    [Theory]
    [InlineData(TemplateSchema.MetadataKeys.LlaCode)]
    [InlineData(TemplateSchema.MetadataKeys.Round)]
    [InlineData(TemplateSchema.MetadataKeys.TemplateVersion)]
    [InlineData(TemplateSchema.MetadataKeys.Fund)]
    public void A_long_hidden_detail_is_quoted_cut_short_in_the_findings_on_it(string key)
    {
        var content = WorkbookContentBuilder.Valid().WithMetadata(key, new string('z', 40_000)).Build();

        var outcome = Validator.Validate(ReturnParser.Parse(content), r => ContextBuilder.For(r).UploadedBy(ReturnBuilder.DefaultCouncil).Build());

        var finding = Assert.Single(outcome.Findings, f => f.RuleId == RuleIds.Template);
        Assert.InRange(finding.Value?.Length ?? 0, 0, 81);
        Assert.Contains(new string('z', 80) + "…", finding.Message);
        Assert.True(finding.Message.Length < 500, finding.Message);
    }

    private static WorkbookContentBuilder Put(WorkbookContentBuilder builder, string table, string key, string text) =>
        table.Length == 0 ? builder.WithField(key, CellValue.Text(text)) : builder.WithCell(table, 1, key, CellValue.Text(text));

    private static ParsedReturn Parse(Func<WorkbookContentBuilder, WorkbookContentBuilder> change) =>
        ReturnParser.Parse(change(WorkbookContentBuilder.Valid()).Build());
}
