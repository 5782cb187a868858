using System.Xml;

namespace Ukspf.Workbooks.Template;

/// <summary>
/// Passes SpreadsheetML through to another writer with the main namespace as the default namespace, the way Excel
/// writes it. The Open XML SDK writes "x:"-prefixed elements, which some readers (exceljs among them) cannot read.
/// </summary>
internal sealed class DefaultNamespaceWriter(XmlWriter inner, string defaultNamespace) : XmlWriter
{
    private string? _declaredPrefix;
    private System.Text.StringBuilder? _declaredValue;

    public override WriteState WriteState => inner.WriteState;

    public override void WriteStartElement(string? prefix, string localName, string? ns) =>
        inner.WriteStartElement(ns == defaultNamespace ? "" : prefix, localName, ns);

    public override void WriteStartAttribute(string? prefix, string localName, string? ns)
    {
        // A declaration of a prefix for the main namespace is held back: the default namespace replaces it.
        if (prefix == "xmlns")
        {
            _declaredPrefix = localName;
            _declaredValue = new System.Text.StringBuilder();
            return;
        }
        inner.WriteStartAttribute(prefix, localName, ns);
    }

    public override void WriteEndAttribute()
    {
        if (_declaredValue is null)
        {
            inner.WriteEndAttribute();
            return;
        }
        var value = _declaredValue.ToString();
        if (value != defaultNamespace) inner.WriteAttributeString("xmlns", _declaredPrefix!, null, value);
        _declaredPrefix = null;
        _declaredValue = null;
    }

    public override void WriteString(string? text)
    {
        if (_declaredValue is not null) _declaredValue.Append(text);
        else inner.WriteString(text);
    }

    public override void WriteStartDocument() => inner.WriteStartDocument();
    public override void WriteStartDocument(bool standalone) => inner.WriteStartDocument(standalone);
    public override void WriteEndDocument() => inner.WriteEndDocument();
    public override void WriteDocType(string name, string? pubid, string? sysid, string? subset) => inner.WriteDocType(name, pubid, sysid, subset);
    public override void WriteEndElement() => inner.WriteEndElement();
    public override void WriteFullEndElement() => inner.WriteFullEndElement();
    public override void WriteCData(string? text) => inner.WriteCData(text);
    public override void WriteComment(string? text) => inner.WriteComment(text);
    public override void WriteProcessingInstruction(string name, string? text) => inner.WriteProcessingInstruction(name, text);
    public override void WriteEntityRef(string name) => inner.WriteEntityRef(name);
    public override void WriteCharEntity(char ch) => inner.WriteCharEntity(ch);
    public override void WriteWhitespace(string? ws) => inner.WriteWhitespace(ws);
    public override void WriteSurrogateCharEntity(char lowChar, char highChar) => inner.WriteSurrogateCharEntity(lowChar, highChar);
    public override void WriteChars(char[] buffer, int index, int count) => WriteString(new string(buffer, index, count));
    public override void WriteRaw(char[] buffer, int index, int count) => inner.WriteRaw(buffer, index, count);
    public override void WriteRaw(string data) => inner.WriteRaw(data);
    public override void WriteBase64(byte[] buffer, int index, int count) => inner.WriteBase64(buffer, index, count);
    public override void Flush() => inner.Flush();
    public override string? LookupPrefix(string ns) => ns == defaultNamespace ? "" : inner.LookupPrefix(ns);

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
