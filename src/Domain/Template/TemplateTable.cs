namespace Ukspf.Domain.Template;

/// <summary>An input table of the return template, found in a workbook by its defined name.</summary>
/// <param name="Name">The defined name covering header row and input rows, e.g. "ProjectsTable".</param>
/// <param name="Sheet">The sheet it sits on.</param>
/// <param name="Columns">Its columns, in template order.</param>
/// <param name="Instructions">One line telling the council officer what to enter.</param>
public sealed record TemplateTable(string Name, string Sheet, IReadOnlyList<TemplateColumn> Columns, string Instructions)
{
    /// <summary>The column with that key.</summary>
    public TemplateColumn Column(string key) => Columns.First(c => c.Key == key);
}
