using System.Buffers;
using System.Text;
using System.Text.Json;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Rounds;

namespace Ukspf.Application.Submissions;

/// <summary>
/// A return's <see cref="CumulativeTotals"/> as the text of its totals rows: compact JSON (short names, amounts as
/// exact decimal numbers, everything outside ASCII escaped, so a row's share can be cut anywhere), cut into pieces
/// a table property holds.
/// </summary>
internal static class StoredTotals
{
    /// <summary>Characters per row: a string property holds 32 Ki characters in Azure and in the embedded store.</summary>
    public const int PieceLength = 30_000;

    /// <summary>References and codes of up to this many bytes are read once per document; longer ones each time.</summary>
    private const int SharedLength = 64;

    /// <summary>
    /// The totals as the pieces of their JSON text: <c>{"round":…,"spend":[{"p","y","a"}…],"indicators":[{"p","i","a"}…]}</c>,
    /// written by <see cref="Utf8JsonWriter"/> with its default encoder, which escapes everything outside ASCII.
    /// </summary>
    public static IReadOnlyList<string> Write(CumulativeTotals totals)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("round"u8, totals.Round);
            writer.WriteStartArray("spend"u8);
            foreach (var s in totals.Spend)
            {
                writer.WriteStartObject();
                writer.WriteString("p"u8, s.ProjectRef);
                writer.WriteNumber("y"u8, s.Year.StartYear);
                writer.WriteNumber("a"u8, s.Actual);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("indicators"u8);
            foreach (var i in totals.Indicators)
            {
                writer.WriteStartObject();
                writer.WriteString("p"u8, i.ProjectRef);
                writer.WriteString("i"u8, i.IndicatorCode);
                writer.WriteNumber("a"u8, i.CumulativeActual);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        // Every byte is ASCII (the encoder escaped the rest), so a piece is as many characters as bytes.
        var json = buffer.WrittenSpan;
        var pieces = new List<string>(json.Length / PieceLength + 1);
        for (var start = 0; start < json.Length; start += PieceLength)
            pieces.Add(Encoding.ASCII.GetString(json.Slice(start, Math.Min(PieceLength, json.Length - start))));
        return pieces;
    }

    /// <summary>
    /// Reads the pieces back straight into the totals, with a reader rather than the serializer: each project's
    /// reference and each indicator code is made into a string once, not once per row, and no row object is made on
    /// the way.
    /// </summary>
    /// <exception cref="JsonException">The pieces are not totals this class wrote.</exception>
    public static CumulativeTotals Read(IReadOnlyList<string> pieces)
    {
        var json = pieces.Count == 1 ? pieces[0] : string.Concat(pieces);
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(utf8.AsSpan(0, Encoding.UTF8.GetBytes(json, utf8)));
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            string? round = null;
            List<SpendTotal> spend = [];
            List<IndicatorTotal> indicators = [];
            Expect(ref reader, JsonTokenType.StartObject);
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("round"u8)) round = Text(ref reader, texts, JsonTokenType.String);
                else if (reader.ValueTextEquals("spend"u8)) spend = Rows(ref reader, texts, ReadSpend);
                else if (reader.ValueTextEquals("indicators"u8)) indicators = Rows(ref reader, texts, ReadIndicator);
                else reader.Skip();
            }
            if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException($"The stored totals hold {reader.TokenType} where a property belongs.");
            return new CumulativeTotals(round ?? throw new JsonException("The stored totals name no round."), spend, indicators);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private delegate T RowReader<out T>(ref Utf8JsonReader reader, Dictionary<string, string> texts);

    private static SpendTotal ReadSpend(ref Utf8JsonReader reader, Dictionary<string, string> texts)
    {
        string? project = null;
        int? year = null;
        decimal actual = 0m;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("p"u8)) project = Text(ref reader, texts, JsonTokenType.String);
            else if (reader.ValueTextEquals("y"u8)) year = Number(ref reader).GetInt32();
            else if (reader.ValueTextEquals("a"u8)) actual = Number(ref reader).GetDecimal();
            else reader.Skip();
        }
        return new SpendTotal(project ?? throw Missing("p"), new FinancialYear(year ?? throw Missing("y")), actual);
    }

    private static IndicatorTotal ReadIndicator(ref Utf8JsonReader reader, Dictionary<string, string> texts)
    {
        string? project = null, indicator = null;
        decimal actual = 0m;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("p"u8)) project = Text(ref reader, texts, JsonTokenType.String);
            else if (reader.ValueTextEquals("i"u8)) indicator = Text(ref reader, texts, JsonTokenType.String);
            else if (reader.ValueTextEquals("a"u8)) actual = Number(ref reader).GetDecimal();
            else reader.Skip();
        }
        return new IndicatorTotal(project ?? throw Missing("p"), indicator ?? throw Missing("i"), actual);
    }

    /// <summary>An array of rows, each an object read by <paramref name="read"/>.</summary>
    private static List<T> Rows<T>(ref Utf8JsonReader reader, Dictionary<string, string> texts, RowReader<T> read)
    {
        var rows = new List<T>();
        Expect(ref reader, JsonTokenType.StartArray);
        while (Next(ref reader) == JsonTokenType.StartObject) rows.Add(read(ref reader, texts));
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException($"The stored totals hold {reader.TokenType} where a row belongs.");
        return rows;
    }

    /// <summary>The next value, a string: an equal one read before when it is short and unescaped, found without making another.</summary>
    private static string Text(ref Utf8JsonReader reader, Dictionary<string, string> texts, JsonTokenType expected)
    {
        Expect(ref reader, expected);
        if (reader.ValueIsEscaped || reader.ValueSpan.Length > SharedLength) return reader.GetString()!;
        // Decoding UTF-8 never gives more characters than it had bytes.
        Span<char> chars = stackalloc char[SharedLength];
        var text = chars[..Encoding.UTF8.GetChars(reader.ValueSpan, chars)];
        if (texts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var seen)) return seen;
        var made = new string(text);
        texts.Add(made, made);
        return made;
    }

    private static ref Utf8JsonReader Number(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return ref reader;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The stored totals end early.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (Next(ref reader) != token) throw new JsonException($"The stored totals hold {reader.TokenType} where {token} belongs.");
    }

    private static JsonException Missing(string property) => new($"A row of the stored totals has no \"{property}\".");
}
