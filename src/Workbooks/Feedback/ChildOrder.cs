using System.Xml;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Children a pass must add to an element whose schema fixes the order of its children (a worksheet's legacy
/// drawing, a stylesheet's fonts): each is written just before the first child that must follow it, or at the
/// element's end, unless the element turns out to have one already.
/// </summary>
internal sealed class ChildOrder(params string[] order)
{
    private readonly List<(int Rank, string Name, Action<XmlWriter> Write)> _pending = [];

    /// <summary>Adds <paramref name="name"/> unless it is found, written by <paramref name="write"/>.</summary>
    public void Add(string name, Action<XmlWriter> write)
    {
        var rank = Array.IndexOf(order, name);
        if (rank < 0) throw new ArgumentException($"'{name}' is not one of the ordered children.", nameof(name));
        _pending.Add((rank, name, write));
    }

    /// <summary>Call on each child's start tag, before copying it: writes what must come first and drops what the element already has.</summary>
    public void Before(string child, XmlWriter writer)
    {
        var rank = Array.IndexOf(order, child);
        if (rank < 0) return;
        _pending.RemoveAll(p => p.Name == child);
        Flush(writer, rank);
    }

    /// <summary>Call on the element's end tag: writes whatever is still missing.</summary>
    public void AtEnd(XmlWriter writer) => Flush(writer, int.MaxValue);

    /// <summary>
    /// Copies a whole SpreadsheetML part whose root holds these ordered children: each of the root's SpreadsheetML
    /// children goes to <paramref name="child"/> (on its start tag, which must move the reader past the child), with
    /// what was added written in its place; anything else is copied as it is.
    /// </summary>
    public void CopyPart(XmlReader reader, XmlWriter writer, Action<XmlReader, XmlWriter> child)
    {
        writer.WriteStartDocument(true);
        reader.MoveToContent();
        XmlPass.StartElement(reader, writer);
        if (!reader.IsEmptyElement)
        {
            reader.Read();
            while (!XmlPass.AtEnd(reader, 0))
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1 || reader.NamespaceURI != Markup.Main)
                {
                    XmlPass.CopyNode(reader, writer);
                    continue;
                }

                Before(reader.LocalName, writer);
                child(reader, writer);
            }
        }

        AtEnd(writer);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private void Flush(XmlWriter writer, int before)
    {
        foreach (var p in _pending.Where(p => p.Rank < before).OrderBy(p => p.Rank).ToList())
        {
            p.Write(writer);
            _pending.Remove(p);
        }
    }
}
