using Ukspf.Domain.Returns;
using Ukspf.Domain.Workbook;
using Ukspf.Workbooks.Filling;
using Ukspf.Workbooks.Reading;
using Ukspf.Workbooks.Tests.Template;

namespace Ukspf.Workbooks.Tests.Filling;

/// <summary>Generates a template, fills it and reads it back.</summary>
internal static class Filled
{
    public static byte[] Workbook(CouncilReturn? ret = null, IReadOnlyList<CellEdit>? edits = null, byte[]? template = null)
    {
        using var output = new MemoryStream();
        new ReturnFiller().Fill(new MemoryStream(template ?? Templates.Generate()), ret ?? Returns.Realistic(), output, edits);
        return output.ToArray();
    }

    public static WorkbookContent Read(byte[] xlsx) => new ReturnReader().Read(new MemoryStream(xlsx));

    public static WorkbookContent Content(CouncilReturn? ret = null, IReadOnlyList<CellEdit>? edits = null) => Read(Workbook(ret, edits));

    /// <summary>Excel's serial day number of a date, worked out independently of the code under test.</summary>
    public static string Serial(DateOnly date) => (date.ToDateTime(TimeOnly.MinValue) - new DateTime(1899, 12, 30)).Days.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
