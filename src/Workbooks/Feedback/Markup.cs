namespace Ukspf.Workbooks.Feedback;

/// <summary>The namespaces, relationship types and content types of the package parts feedback reads and writes.</summary>
internal static class Markup
{
    /// <summary>SpreadsheetML, which Excel writes in the default namespace.</summary>
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Relationship ids inside a part (<c>r:id</c>).</summary>
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The relationships parts themselves.</summary>
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>[Content_Types].xml.</summary>
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>Namespace declarations as the XML reader reports them.</summary>
    public const string Xmlns = "http://www.w3.org/2000/xmlns/";

    /// <summary>The legacy drawing notes are shown with.</summary>
    public const string Vml = "urn:schemas-microsoft-com:vml";

    /// <summary>Office extensions to VML.</summary>
    public const string Office = "urn:schemas-microsoft-com:office:office";

    /// <summary>Excel's extensions to VML (which Excel's own VML binds to the prefix <c>x</c>).</summary>
    public const string ExcelVml = "urn:schemas-microsoft-com:office:excel";

    /// <summary>The content types part.</summary>
    public const string ContentTypesPath = "[Content_Types].xml";

    /// <summary>Relationship types, by the last segment the reader also goes by.</summary>
    public const string OfficeDocumentType = Relationships + "/officeDocument";
    public const string WorksheetType = Relationships + "/worksheet";
    public const string StylesType = Relationships + "/styles";
    public const string CommentsType = Relationships + "/comments";
    public const string VmlDrawingType = Relationships + "/vmlDrawing";
    public const string CorePropertiesType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    /// <summary>Content types of the parts feedback adds or changes.</summary>
    public const string WorkbookContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string WorksheetContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    public const string StylesContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    public const string CommentsContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    public const string VmlContent = "application/vnd.openxmlformats-officedocument.vmlDrawing";
    public const string RelationshipsContent = "application/vnd.openxmlformats-package.relationships+xml";
    public const string CorePropertiesContent = "application/vnd.openxmlformats-package.core-properties+xml";

    /// <summary>The workbook part's content type in a template (.xltx), which Excel refuses once saved as .xlsx.</summary>
    public const string TemplateContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
}
