using System.Xml;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Writes a relationships part with relationships added, every internal target relative to its source part as Excel
/// writes them ("../comments1.xml"; the packaging library writes "/xl/comments1.xml", which exceljs cannot resolve).
/// </summary>
internal static class RelationshipsPass
{
    /// <summary>A relationships part with no relationships yet, to add to.</summary>
    public const string Empty = $"<Relationships xmlns=\"{Markup.PackageRelationships}\"/>";

    /// <summary>Copies the part of <paramref name="sourcePart"/>'s relationships, adding <paramref name="added"/> (targets as package paths).</summary>
    public static void Run(XmlReader reader, XmlWriter writer, string sourcePart, IReadOnlyList<PartRelationship> added)
    {
        var folder = PartRelationship.FolderOf(sourcePart);
        writer.WriteStartDocument(true);
        reader.MoveToContent();
        XmlPass.StartElement(reader, writer);
        if (!reader.IsEmptyElement)
        {
            reader.Read();
            while (!XmlPass.AtEnd(reader, 0))
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == "Relationship" &&
                    reader.GetAttribute("TargetMode") != "External" && reader.GetAttribute("Target") is { } target && target.StartsWith('/'))
                {
                    XmlPass.StartElement(reader, writer, a => a != "Target");
                    writer.WriteAttributeString("Target", PartRelationship.Relative(folder, target));
                    if (reader.IsEmptyElement) writer.WriteEndElement();
                    reader.Read();
                    continue;
                }

                XmlPass.CopyNode(reader, writer);
            }
        }

        foreach (var relationship in added)
        {
            writer.WriteStartElement("Relationship", Markup.PackageRelationships);
            writer.WriteAttributeString("Id", relationship.Id);
            writer.WriteAttributeString("Type", relationship.Type);
            writer.WriteAttributeString("Target", PartRelationship.Relative(folder, relationship.TargetPath));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>Whether a relationships part has an internal target written as an absolute path, which the copy rewrites.</summary>
    public static bool HasAbsoluteTarget(XmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" &&
                reader.GetAttribute("TargetMode") != "External" && reader.GetAttribute("Target")?.StartsWith('/') == true) return true;
        }

        return false;
    }
}
