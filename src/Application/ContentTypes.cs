namespace Ukspf.Application;

/// <summary>The MIME types the pipeline stores its blobs with, so browsers and Storage Explorer open them as what they are.</summary>
public static class ContentTypes
{
    /// <summary>An Excel workbook (.xlsx): templates, feedback and consolidated returns.</summary>
    public const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
