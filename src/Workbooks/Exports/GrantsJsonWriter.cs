using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ukspf.Workbooks.Exports;

/// <summary>
/// Writes grants as a 360Giving JSON package (<c>{"grants": [...]}</c>, UTF-8 without a byte-order mark), with the
/// property names and shapes of the standard's grant schema: organisations, locations, planned dates and programmes
/// as arrays, amounts as numbers, dates as YYYY-MM-DD, the modification time as an RFC 3339 date-time.
/// </summary>
public static class GrantsJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Bytes the writer may hold before handing them to the output. Without a flush it would keep the whole package
    /// (7 MB for 250 councils) in a buffer that grows by doubling, beside the output's own copy.
    /// </summary>
    private const int FlushAt = 64 * 1024;

    /// <summary>Writes the package.</summary>
    /// <param name="grants">The grants, as <see cref="GrantsPublication.Build"/> made them.</param>
    /// <param name="output">Receives the JSON; left open.</param>
    public static void Write(IEnumerable<Grant> grants, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartArray("grants");
        foreach (var g in grants)
        {
            WriteGrant(json, g);
            if (json.BytesPending >= FlushAt) json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteGrant(Utf8JsonWriter json, Grant g)
    {
        json.WriteStartObject();
        json.WriteString("id", g.Id);
        json.WriteString("title", g.Title);
        json.WriteString("description", g.Description);
        json.WriteString("currency", Grant.Currency);
        json.WriteNumber("amountAwarded", g.AmountAwarded);
        json.WriteNumber("amountDisbursed", g.AmountDisbursed);
        Date(json, "awardDate", g.AwardDate);
        if (g.StartDate is not null || g.EndDate is not null)
        {
            json.WriteStartArray("plannedDates");
            json.WriteStartObject();
            if (g.StartDate is { } start) Date(json, "startDate", start);
            if (g.EndDate is { } end) Date(json, "endDate", end);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        Organisation(json, "recipientOrganization", g.Recipient);
        json.WriteStartArray("beneficiaryLocation");
        json.WriteStartObject();
        json.WriteString("name", g.Location.Name);
        if (g.Location.GeoCode is { } code) json.WriteString("geoCode", code);
        if (g.Location.GeoCodeType is { } type) json.WriteString("geoCodeType", type);
        json.WriteEndObject();
        json.WriteEndArray();
        Organisation(json, "fundingOrganization", g.Funder);
        json.WriteStartArray("grantProgramme");
        json.WriteStartObject();
        json.WriteString("code", g.ProgrammeCode);
        if (g.ProgrammeTitle is { } title) json.WriteString("title", title);
        json.WriteEndObject();
        json.WriteEndArray();
        Span<char> modified = stackalloc char[32];
        json.WriteString("dateModified", g.Modified.TryFormat(modified, out var length, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            ? modified[..length]
            : g.Modified.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        json.WriteString("dataSource", g.DataSource.AbsoluteUri);
        json.WriteEndObject();
    }

    private static void Organisation(Utf8JsonWriter json, string property, GrantOrganisation organisation)
    {
        json.WriteStartArray(property);
        json.WriteStartObject();
        json.WriteString("id", organisation.Id);
        json.WriteString("name", organisation.Name);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>A date as YYYY-MM-DD, formatted on the stack.</summary>
    private static void Date(Utf8JsonWriter json, string property, DateOnly date)
    {
        Span<char> text = stackalloc char[16];
        json.WriteString(property, date.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            ? text[..length]
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
