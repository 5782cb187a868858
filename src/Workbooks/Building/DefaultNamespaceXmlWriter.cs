using System.Xml;

namespace Ukspf.Workbooks.Building;

/// <summary>
/// Passes everything to an inner writer, but writes the elements of one namespace (SpreadsheetML unless told another)
/// in the default namespace. The Open XML SDK always asks for a prefix (<c>x:</c>, <c>ap:</c>), which Excel tolerates
/// and exceljs cannot read; Excel itself writes none.
/// </summary>
internal sealed class DefaultNamespaceXmlWriter(XmlWriter inner, string defaultNamespace = DefaultNamespaceXmlWriter.SpreadsheetMl) : XmlWriter
{
    internal const string SpreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public override WriteState WriteState => inner.WriteState;

    public override void WriteStartElement(string? prefix, string localName, string? ns) =>
        inner.WriteStartElement(ns == defaultNamespace ? string.Empty : prefix, localName, ns);

    public override void WriteStartAttribute(string? prefix, string localName, string? ns)
    {
        // A declaration binding a prefix to the default namespace would only re-introduce the prefix we are removing.
        if (prefix == "xmlns" && ns == XmlnsNamespace)
        {
            _pendingDeclaration = localName;
            _pendingValue = string.Empty;
            return;
        }

        inner.WriteStartAttribute(prefix, localName, ns);
    }

    public override void WriteString(string? text)
    {
        if (_pendingDeclaration is not null) _pendingValue += text;
        else inner.WriteString(text);
    }

    public override void WriteEndAttribute()
    {
        if (_pendingDeclaration is null)
        {
            inner.WriteEndAttribute();
            return;
        }

        var (name, value) = (_pendingDeclaration, _pendingValue);
        _pendingDeclaration = null;
        if (value != defaultNamespace) inner.WriteAttributeString("xmlns", name, XmlnsNamespace, value);
    }

    private string? _pendingDeclaration;
    private string _pendingValue = string.Empty;

    public override void Flush() => inner.Flush();
    public override string? LookupPrefix(string ns) => inner.LookupPrefix(ns);
    public override void WriteBase64(byte[] buffer, int index, int count) => inner.WriteBase64(buffer, index, count);
    public override void WriteCData(string? text) => inner.WriteCData(text);
    public override void WriteCharEntity(char ch) => inner.WriteCharEntity(ch);
    public override void WriteChars(char[] buffer, int index, int count) => WriteString(new string(buffer, index, count));
    public override void WriteComment(string? text) => inner.WriteComment(text);
    public override void WriteDocType(string name, string? pubid, string? sysid, string? subset) => inner.WriteDocType(name, pubid, sysid, subset);
    public override void WriteEndDocument() => inner.WriteEndDocument();
    public override void WriteEndElement() => inner.WriteEndElement();
    public override void WriteEntityRef(string name) => inner.WriteEntityRef(name);
    public override void WriteFullEndElement() => inner.WriteFullEndElement();
    public override void WriteProcessingInstruction(string name, string? text) => inner.WriteProcessingInstruction(name, text);
    public override void WriteRaw(char[] buffer, int index, int count) => inner.WriteRaw(buffer, index, count);
    public override void WriteRaw(string data) => inner.WriteRaw(data);
    public override void WriteStartDocument() => inner.WriteStartDocument();
    public override void WriteStartDocument(bool standalone) => inner.WriteStartDocument(standalone);
    public override void WriteSurrogateCharEntity(char lowChar, char highChar) => inner.WriteSurrogateCharEntity(lowChar, highChar);
    public override void WriteWhitespace(string? ws) => inner.WriteWhitespace(ws);

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
