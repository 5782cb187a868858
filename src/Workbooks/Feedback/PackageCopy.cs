using System.IO.Compression;
using System.Xml;
using Ukspf.Domain.Validation;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Copies a package entry by entry with the feedback added. The copy is the council's zip opened for update, so every
/// entry feedback does not write keeps its compressed bytes, its CRC and its place; each part it writes is read from
/// the original (never opened for writing) by one forward pass that writes its replacement.
/// </summary>
internal sealed class PackageCopy
{
    // Written parts are deflated fast: a feedback workbook is downloaded once, and the level costs more time than it saves bytes.
    private const CompressionLevel Level = CompressionLevel.Fastest;

    private readonly ZipArchive _target;
    private readonly HashSet<string> _written = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Path, string ContentType)> _overrides = [];
    private readonly DateTimeOffset _entryTime;
    private VmlShapeIds? _shapeIds;

    private PackageCopy(ZipArchive source, ZipArchive target, PackageIndex index)
    {
        Source = source;
        _target = target;
        Index = index;
        Folder = PartRelationship.FolderOf(index.WorkbookPath);
        _entryTime = index.Entry(source, index.WorkbookPath)!.LastWriteTime;
    }

    /// <summary>The council's package, read only.</summary>
    public ZipArchive Source { get; }

    /// <summary>The package's parts and sheets.</summary>
    public PackageIndex Index { get; }

    /// <summary>The workbook part's folder ("xl/"), where new parts go.</summary>
    public string Folder { get; }

    /// <summary>Set when a new VML drawing needs the package to know the .vml extension.</summary>
    public bool NeedsVmlDefault { get; set; }

    /// <summary>The shape-id blocks of every drawing in the package, read when a new drawing first needs one.</summary>
    public VmlShapeIds ShapeIds => _shapeIds ??= VmlShapeIds.For(Index.Paths
        .Where(p => p.EndsWith(".vml", StringComparison.OrdinalIgnoreCase))
        .Select(p => ReadText(p) ?? ""));

    /// <summary>Writes the feedback into a copy of <paramref name="package"/>, returned as a new stream at its start.</summary>
    /// <param name="package">The council's package, or a blank one for the standalone feedback.</param>
    /// <param name="findings">Every finding on the upload.</param>
    /// <param name="header">What to say about the upload.</param>
    /// <param name="ofCouncilWorkbook">Whether the package is the council's own, whose cells are shaded and linked to.</param>
    /// <exception cref="InvalidDataException">The package is not a workbook feedback can copy.</exception>
    /// <exception cref="XmlException">A part the copy must write is not well-formed.</exception>
    public static MemoryStream Write(MemoryStream package, IReadOnlyList<Finding> findings, FeedbackHeader header, bool ofCouncilWorkbook)
    {
        using var source = new ZipArchive(new MemoryStream(package.GetBuffer(), 0, (int)package.Length, writable: false), ZipArchiveMode.Read);
        var index = PackageIndex.Read(source);
        var output = new MemoryStream((int)package.Length + 65_536);
        package.WriteTo(output);
        output.Position = 0;
        using (var target = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            new PackageCopy(source, target, index).AddFeedback(findings, header, ofCouncilWorkbook);
        }

        output.Position = 0;
        return output;
    }

    /// <summary>Rewrites an existing part by <paramref name="pass"/>, reading the original, returning what the pass returns.</summary>
    public T Rewrite<T>(string path, Func<XmlReader, XmlWriter, T> pass, bool declaration = true)
    {
        var original = Index.Entry(Source, path) ?? throw new InvalidDataException($"The package has no part '{path}'.");
        var copy = Index.Entry(_target, path)!;
        _written.Add(path);
        var result = default(T)!;
        if (original.FullName == Markup.ContentTypesPath)
        {
            // Tools that sniff a file's type look for the content types as the zip's first entry: it stays in place.
            using var stream = copy.Open();
            XmlPass.Rewrite(stream, (r, w) => result = pass(r, w), declaration);
            return result;
        }

        // Replaced rather than rewritten in place, so it is deflated at the fast level: feedback is read once.
        copy.Delete();
        var replacement = _target.CreateEntry(original.FullName, Level);
        replacement.LastWriteTime = original.LastWriteTime;
        using var from = original.Open();
        using var to = replacement.Open();
        using var reader = XmlPass.Reader(from);
        using var writer = XmlPass.Writer(to, declaration);
        return pass(reader, writer);
    }

    /// <summary>Adds a part, written by <paramref name="pass"/> from <paramref name="startingMarkup"/>; its content type is registered unless null (a type known by extension).</summary>
    public T Create<T>(string path, string? contentType, string startingMarkup, Func<XmlReader, XmlWriter, T> pass, bool declaration = true)
    {
        var result = default(T)!;
        Create(path, contentType, stream =>
        {
            using var reader = XmlPass.Reader(startingMarkup);
            using var writer = XmlPass.Writer(stream, declaration);
            result = pass(reader, writer);
        });
        return result;
    }

    /// <summary>Adds a part written by <paramref name="write"/>; its content type is registered unless null.</summary>
    public void Create(string path, string? contentType, Action<Stream> write)
    {
        var entry = _target.CreateEntry(path, Level);
        entry.LastWriteTime = _entryTime;
        _written.Add(path);
        if (contentType is not null) _overrides.Add((path, contentType));
        using var stream = entry.Open();
        write(stream);
    }

    /// <summary>A part of the original as text, or null when there is none.</summary>
    public string? ReadText(string path)
    {
        var entry = Index.Entry(Source, path);
        if (entry is null) return null;
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Adds relationships to a part, writing its relationships part (new, or the existing one copied).</summary>
    public void AddRelationships(string sourcePart, IReadOnlyList<PartRelationship> added)
    {
        var path = PartRelationship.RelationshipsPath(sourcePart);
        if (Index.Has(path) && !_written.Contains(path)) Rewrite(path, (r, w) => Relationships(r, w, sourcePart, added));
        else Create(path, null, RelationshipsPass.Empty, (r, w) => Relationships(r, w, sourcePart, added));
    }

    private static bool Relationships(XmlReader reader, XmlWriter writer, string sourcePart, IReadOnlyList<PartRelationship> added)
    {
        RelationshipsPass.Run(reader, writer, sourcePart, added);
        return true;
    }

    private void AddFeedback(IReadOnlyList<Finding> findings, FeedbackHeader header, bool ofCouncilWorkbook)
    {
        var facts = Index.StylesPath is { } stylesPath ? ReadFacts(stylesPath) : StylesheetFacts.None;
        var styles = new FeedbackStyles(facts.CellFormats);

        var notes = ofCouncilWorkbook ? NotesBySheet(findings) : [];
        foreach (var path in Index.Sheets.Select(s => s.PartPath).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (notes.TryGetValue(path, out var sheetNotes)) new SheetAnnotation(this, path).Apply(sheetNotes.ToList(), styles);
            else if (WorksheetProbe.NeedsCopy(Index.Entry(Source, path)!)) Rewrite(path, (r, w) => WorksheetPass.Run(r, w, [], styles.Highlight, null));
        }

        var relationshipIds = Index.WorkbookRelationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var added = new List<PartRelationship>();
        var sheetPath = Index.NewPath(Folder + "worksheets/sheet", ".xml");
        Create(sheetPath, Markup.WorksheetContent, stream =>
            FeedbackSheet.Write(stream, findings, header, styles, ofCouncilWorkbook ? name => Index.Worksheet(name)?.Name : null));
        var sheetRelationship = PartRelationship.FreeId(relationshipIds);
        relationshipIds.Add(sheetRelationship);
        added.Add(new PartRelationship(sheetRelationship, Markup.WorksheetType, sheetPath, External: false));

        if (Index.StylesPath is { } existingStyles)
        {
            Rewrite(existingStyles, (r, w) => Run(() => StylesheetPass.Run(r, w, facts, styles)));
        }
        else
        {
            var path = Index.Has(Folder + "styles.xml") ? Index.NewPath(Folder + "styles", ".xml") : Folder + "styles.xml";
            Create(path, Markup.StylesContent, StylesheetPass.Empty, (r, w) => Run(() => StylesheetPass.Run(r, w, facts, styles)));
            added.Add(new PartRelationship(PartRelationship.FreeId(relationshipIds), Markup.StylesType, path, External: false));
        }

        var name = UniqueName(FeedbackSheet.Name);
        var sheetId = Index.Sheets.Select(s => s.SheetId).DefaultIfEmpty(0u).Max() + 1;
        Rewrite(Index.WorkbookPath, (r, w) => Run(() => WorkbookPass.Run(r, w, name, sheetId, sheetRelationship)));
        AddRelationships(Index.WorkbookPath, added);
        Rewrite(Markup.ContentTypesPath, (r, w) => Run(() => ContentTypesPass.Run(r, w, _overrides, NeedsVmlDefault)));
        InExcelsForm();
    }

    // Parts feedback does not otherwise write, in a form exceljs cannot read (prefixed SpreadsheetML, absolute
    // targets: what the Open XML SDK writes, never Excel), are written again in Excel's form.
    private void InExcelsForm()
    {
        foreach (var path in Index.Paths.ToList())
        {
            if (_written.Contains(path) || Index.Entry(Source, path) is not { } entry) continue;
            if (path.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                bool absolute;
                using (var stream = entry.Open())
                using (var reader = XmlPass.Reader(stream)) absolute = RelationshipsPass.HasAbsoluteTarget(reader);
                if (absolute) Rewrite(path, (r, w) => Relationships(r, w, SourcePartOf(path), []));
            }
            else if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && WorksheetProbe.IsPrefixed(entry))
            {
                Rewrite(path, (r, w) => Run(() =>
                {
                    w.WriteStartDocument(true);
                    r.MoveToContent();
                    XmlPass.CopyElement(r, w);
                }));
            }
        }
    }

    // "xl/worksheets/_rels/sheet1.xml.rels" belongs to "xl/worksheets/sheet1.xml"; "_rels/.rels" to the package.
    private static string SourcePartOf(string relationshipsPath)
    {
        var folder = relationshipsPath.LastIndexOf("_rels/", StringComparison.Ordinal);
        var file = relationshipsPath[(folder + "_rels/".Length)..^".rels".Length];
        return relationshipsPath[..folder] + file;
    }

    private StylesheetFacts ReadFacts(string path)
    {
        using var stream = Index.Entry(Source, path)!.Open();
        return StylesheetFacts.Read(stream);
    }

    private string UniqueName(string wanted)
    {
        var used = Index.Sheets.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = wanted;
        for (var n = 2; used.Contains(name); n++) name = $"{wanted} {n}";
        return name;
    }

    private Dictionary<string, SortedDictionary<CellPosition, CellNote>> NotesBySheet(IReadOnlyList<Finding> findings)
    {
        var notes = new Dictionary<string, SortedDictionary<CellPosition, CellNote>>(StringComparer.OrdinalIgnoreCase);
        foreach (var finding in findings)
        {
            if (Index.Worksheet(finding.Location.Sheet)?.PartPath is not { } path) continue;
            foreach (var cell in LocationText.Cells(finding.Location.Cell))
            {
                if (!notes.TryGetValue(path, out var sheetNotes)) notes[path] = sheetNotes = [];
                if (!sheetNotes.TryGetValue(cell, out var note)) sheetNotes[cell] = note = new CellNote();
                note.Add(finding);
            }
        }

        return notes;
    }

    private static bool Run(Action pass)
    {
        pass();
        return true;
    }
}
