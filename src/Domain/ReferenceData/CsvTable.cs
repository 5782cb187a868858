using System.Text;

namespace Ukspf.Domain.ReferenceData;

/// <summary>A CSV file with a header row (RFC 4180 quoting), read into rows addressed by column title.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((h, i) => (h.Trim(), i)).GroupBy(x => x.Item1, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The column titles.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The data rows, each as many fields as it had (short rows are not padded).</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>True when the header has a column of that title (case-insensitive).</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The field of <paramref name="row"/> under <paramref name="column"/>, trimmed; empty when absent.</summary>
    public string Get(string[] row, string column) =>
        _columns.TryGetValue(column, out var i) && i < row.Length ? row[i].Trim() : "";

    /// <summary>A table from rows already split into fields (e.g. read from a worksheet); the first row is the header.</summary>
    public static CsvTable FromRows(IReadOnlyList<string[]> rows) =>
        rows.Count == 0 ? new CsvTable([], []) : new CsvTable(rows[0], rows.Skip(1).Where(r => r.Any(f => f.Trim().Length > 0)).ToList());

    /// <summary>Reads a whole CSV; the first record is the header. Blank lines are skipped.</summary>
    /// <exception cref="FormatException">A quoted field is not closed.</exception>
    public static CsvTable Read(TextReader reader)
    {
        var records = Records(reader).Where(r => r.Length > 1 || r[0].Length > 0).ToList();
        if (records.Count == 0) return new CsvTable([], []);
        return new CsvTable(records[0], records.Skip(1).ToList());
    }

    private static IEnumerable<string[]> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"') { field.Append(ch); continue; }
                if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                else quoted = false;
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return fields.ToArray();
                    fields.Clear();
                    break;
                default: field.Append(ch); break;
            }
        }
        if (quoted) throw new FormatException("The CSV ends inside a quoted field: a closing quote is missing.");
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
