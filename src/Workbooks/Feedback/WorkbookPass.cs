using System.Globalization;
using System.Xml;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Copies the workbook part with the feedback sheet listed first and made the one that opens; everything that counts
/// sheets by position (names local to a sheet) moves up by one.
/// </summary>
internal static class WorkbookPass
{
    private static readonly string[] Order =
    [
        "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
        "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr",
        "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
    ];

    /// <summary>Copies the workbook part, inserting the sheet <paramref name="name"/> (numbered <paramref name="sheetId"/>, related by <paramref name="relationshipId"/>) first.</summary>
    public static void Run(XmlReader reader, XmlWriter writer, string name, uint sheetId, string relationshipId)
    {
        void Sheet(XmlWriter w)
        {
            w.WriteStartElement("sheet", Markup.Main);
            w.WriteAttributeString("name", name);
            w.WriteAttributeString("sheetId", sheetId.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("r", "id", Markup.Relationships, relationshipId);
            w.WriteEndElement();
        }

        var order = new ChildOrder(Order);
        order.Add("sheets", w =>
        {
            w.WriteStartElement("sheets", Markup.Main);
            Sheet(w);
            w.WriteEndElement();
        });

        writer.WriteStartDocument(true);
        reader.MoveToContent();
        XmlPass.StartElement(reader, writer);
        if (!reader.IsEmptyElement)
        {
            reader.Read();
            while (!XmlPass.AtEnd(reader, 0))
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Markup.Main)
                {
                    XmlPass.CopyNode(reader, writer);
                    continue;
                }

                if (reader.Depth == 1) order.Before(reader.LocalName, writer);
                switch (reader.LocalName)
                {
                    case "sheets" when reader.Depth == 1:
                        XmlPass.StartElement(reader, writer);
                        Sheet(writer);
                        if (reader.IsEmptyElement) writer.WriteEndElement();
                        reader.Read();
                        break;
                    case "workbookView":
                        // Without an active tab or first sheet, the workbook opens at the first sheet: the feedback.
                        XmlPass.StartElement(reader, writer, a => a is not ("activeTab" or "firstSheet"));
                        if (reader.IsEmptyElement) writer.WriteEndElement();
                        reader.Read();
                        break;
                    case "definedName" when XmlPass.IntAttribute(reader, "localSheetId") is { } position:
                        XmlPass.StartElement(reader, writer, a => a != "localSheetId");
                        writer.WriteAttributeString("localSheetId", (position + 1).ToString(CultureInfo.InvariantCulture));
                        if (reader.IsEmptyElement) writer.WriteEndElement();
                        reader.Read();
                        break;
                    default:
                        XmlPass.CopyNode(reader, writer);
                        break;
                }
            }
        }

        order.AtEnd(writer);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
