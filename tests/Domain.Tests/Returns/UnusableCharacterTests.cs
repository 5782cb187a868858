using Ukspf.Domain.Returns;
using Ukspf.Domain.Returns.Parsing;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

/// <summary>
/// Characters XML cannot carry (controls, U+FFFE and U+FFFF, other non-characters, halves of a pair) would break the
/// feedback workbook and the screens that show a council's text later: the parser replaces each with U+FFFD in the
/// value it keeps and warns on the cell, naming the character. Row 1 of Projects is row 5 of the sheet.
/// </summary>
public class UnusableCharacterTests
{
    private static readonly string Projects = TemplateSchema.Projects.Name;
    private static readonly string Spend = TemplateSchema.Spend.Name;

    [Fact]
    public void A_control_character_in_a_project_name_is_replaced_and_named_in_a_warning()
    {
        var parsed = Parse(b => b.WithCell(Projects, 1, "ProjectName", CellValue.Text("Shoreham\u0007 grants")));

        Assert.Equal("Shoreham\uFFFD grants", parsed.Return!.Projects[0].Name);
        var finding = Assert.Single(parsed.Findings);
        Assert.Equal((RuleIds.Cells, Severity.Warning, "Projects!B5"), (finding.RuleId, finding.Severity, finding.Location.ToString()));
        Assert.Equal("Shoreham\uFFFD grants", finding.Value);
        Assert.Equal("Project name contains a character that cannot be kept in a workbook, U+0007 (a control character); it was replaced with \uFFFD. "
            + "Such characters usually come with text copied from another system: check the text reads as you meant.", finding.Message);
    }

    [Theory]
    [InlineData("FFFE", "U+FFFE (not a character)")]
    [InlineData("FFFF", "U+FFFF (not a character)")]
    [InlineData("FDD0", "U+FDD0 (not a character)")]
    [InlineData("FDEF", "U+FDEF (not a character)")]
    [InlineData("D800", "U+D800 (half of a character pair)")]
    [InlineData("DFFF", "U+DFFF (half of a character pair)")]
    [InlineData("0000", "U+0000 (a control character)")]
    [InlineData("001F", "U+001F (a control character)")]
    [InlineData("D83F DFFF", "U+1FFFF (not a character)")]
    public void Every_kind_of_character_xml_cannot_carry_is_replaced_in_the_value_kept(string units, string named)
    {
        var unusable = new string(units.Split(' ').Select(u => (char)Convert.ToUInt16(u, 16)).ToArray());

        var parsed = Parse(b => b.WithCell(Spend, 1, "Comment", CellValue.Text($"Invoice{unusable}paid")));

        Assert.Equal("Invoice\uFFFDpaid", parsed.Return!.Spend[0].Comment);
        var finding = Assert.Single(parsed.Findings);
        Assert.Equal((Severity.Warning, "Spend!G5"), (finding.Severity, finding.Location.ToString()));
        Assert.Contains(named, finding.Message);
    }

    [Fact]
    public void Several_such_characters_are_counted_and_the_first_named()
    {
        var parsed = Parse(b => b.WithCell(Spend, 1, "Comment", CellValue.Text("a\u0001b\uFFFFc\u0002")));

        Assert.Equal("a\uFFFDb\uFFFDc\uFFFD", parsed.Return!.Spend[0].Comment);
        Assert.StartsWith("Comment (explain variances) contains 3 characters that cannot be kept in a workbook, the first U+0001 (a control character); "
            + "they were replaced with \uFFFD.", Assert.Single(parsed.Findings).Message);
    }

    [Fact]
    public void Tabs_line_ends_accents_and_emoji_are_kept_without_a_finding()
    {
        const string comment = "Café\tcosts\r\nrose 😀";

        var parsed = Parse(b => b.WithCell(Spend, 1, "Comment", CellValue.Text(comment)));

        Assert.Empty(parsed.Findings);
        Assert.Equal(comment, parsed.Return!.Spend[0].Comment);
    }

    [Fact]
    public void A_drop_down_value_with_such_a_character_is_an_error_quoting_it_replaced()
    {
        var parsed = Parse(b => b.WithCell(Projects, 1, "Status", CellValue.Text("Live\uFFFE")));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal((Severity.Error, "Projects!D5", "Live\uFFFD"), (finding.Severity, finding.Location.ToString(), finding.Value));
        Assert.Equal("Status must be Planned, Live, Finished or Closed early from the drop-down list; you entered 'Live\uFFFD'.", finding.Message);
    }

    [Fact]
    public void No_finding_quotes_a_character_xml_cannot_carry_wherever_it_was_typed()
    {
        const string nasty = "x\u0001\uFFFE\uD800";
        var builder = WorkbookContentBuilder.Valid()
            .WithMetadata(TemplateSchema.MetadataKeys.LlaCode, "adur" + nasty)
            .WithMetadata(TemplateSchema.MetadataKeys.Round, "2025-26-Q2" + nasty)
            .WithField("ProgressRag", CellValue.Text("Green" + nasty))
            .WithField("SignOffDate", CellValue.Text("1 April" + nasty))
            .WithCell(Spend, 1, "CapitalActual", CellValue.Text("12" + nasty))
            .WithCell(Projects, 1, "ProjectRef", CellValue.Text("P1" + nasty));
        foreach (var field in TemplateSchema.Fields.Where(f => f.Type == CellType.Text)) builder.WithField(field.Key, CellValue.Text(field.Label + nasty));

        var outcome = Validator.Validate(ReturnParser.Parse(builder.Build()), r => ContextBuilder.For(r).UploadedBy(ReturnBuilder.DefaultCouncil).Build());

        Assert.NotEmpty(outcome.Findings);
        Assert.All(outcome.Findings, f => Assert.True(XmlCharacters.CanCarry(f.Message) && XmlCharacters.CanCarry(f.Value ?? ""), f.Message));
    }

    private static ParsedReturn Parse(Func<WorkbookContentBuilder, WorkbookContentBuilder> change) =>
        ReturnParser.Parse(change(WorkbookContentBuilder.Valid()).Build());
}
