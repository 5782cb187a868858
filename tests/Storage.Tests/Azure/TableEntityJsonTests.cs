using System.Text;
using System.Text.Json;
using Ukspf.Storage.Azure;
using Ukspf.Storage.Tables;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

public sealed class TableEntityJsonTests
{
    [Fact]
    public void Types_the_service_cannot_infer_are_written_with_odata_type_annotations()
    {
        var entity = new TableEntity("p", "r")
        {
            ["Long"] = 5L, ["Double"] = 2.0, ["When"] = new DateTimeOffset(2024, 7, 1, 10, 30, 0, TimeSpan.FromHours(1)),
            ["Id"] = Guid.Parse("2f1c9a4e-0d55-4a77-9a43-3c8b1f0e6b11"), ["Bytes"] = new byte[] { 1, 2 },
            ["Int"] = 7, ["Flag"] = true, ["Text"] = "x",
        };

        using var json = JsonDocument.Parse(TableEntityJson.Write(entity));
        var root = json.RootElement;

        Assert.Equal("Edm.Int64", root.GetProperty("Long@odata.type").GetString());
        Assert.Equal("5", root.GetProperty("Long").GetString());
        Assert.Equal("Edm.Double", root.GetProperty("Double@odata.type").GetString());
        Assert.Equal("Edm.DateTime", root.GetProperty("When@odata.type").GetString());
        Assert.Equal("2024-07-01T09:30:00.0000000Z", root.GetProperty("When").GetString());
        Assert.Equal("Edm.Guid", root.GetProperty("Id@odata.type").GetString());
        Assert.Equal("AQI=", root.GetProperty("Bytes").GetString());
        Assert.False(root.TryGetProperty("Int@odata.type", out _));
        Assert.False(root.TryGetProperty("Flag@odata.type", out _));
        Assert.False(root.TryGetProperty("Text@odata.type", out _));
    }

    [Fact]
    public void Decimal_is_written_as_exact_invariant_text_with_a_marker_property()
    {
        var entity = new TableEntity("p", "r") { ["Amount"] = 1234.50m };

        using var json = JsonDocument.Parse(TableEntityJson.Write(entity));

        Assert.Equal("1234.50", json.RootElement.GetProperty("Amount").GetString());
        Assert.Equal("Decimal", json.RootElement.GetProperty("Amount__type").GetString());
    }

    [Fact]
    public void A_service_payload_reads_back_with_keys_etag_timestamp_and_typed_values()
    {
        const string payload = """
            {"odata.etag":"W/\"datetime'2024-11-22T10%3A00%3A00.1234567Z'\"","PartitionKey":"p","RowKey":"r",
             "Timestamp@odata.type":"Edm.DateTime","Timestamp":"2024-11-22T10:00:00.1234567Z",
             "Long@odata.type":"Edm.Int64","Long":"9223372036854775807","Int":-42,"Double":0.1,
             "Amount":"0.10","Amount__type":"Decimal","Flag":false}
            """;

        var entity = Read(payload);

        Assert.Equal("W/\"datetime'2024-11-22T10%3A00%3A00.1234567Z'\"", entity.ETag);
        Assert.Equal(new DateTimeOffset(2024, 11, 22, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567), entity.Timestamp);
        Assert.Equal(long.MaxValue, Assert.IsType<long>(entity["Long"]));
        Assert.Equal(-42, Assert.IsType<int>(entity["Int"]));
        Assert.Equal(0.1, Assert.IsType<double>(entity["Double"]));
        Assert.Equal("0.10", Assert.IsType<decimal>(entity["Amount"]).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(entity.ContainsKey("Amount__type"));
        Assert.False(Assert.IsType<bool>(entity["Flag"]));
    }

    [Fact]
    public void A_marker_left_behind_by_a_merge_does_not_turn_text_into_a_decimal()
    {
        var entity = Read("""{"PartitionKey":"p","RowKey":"r","Amount":"not yet known","Amount__type":"Decimal"}""");

        Assert.Equal("not yet known", entity["Amount"]);
        Assert.Equal("Decimal", entity["Amount__type"]);
    }

    [Fact]
    public void Special_doubles_travel_as_annotated_strings()
    {
        var entity = new TableEntity("p", "r") { ["Nan"] = double.NaN, ["Inf"] = double.PositiveInfinity };

        var back = Read(Encoding.UTF8.GetString(TableEntityJson.Write(entity)));

        Assert.True(double.IsNaN(Assert.IsType<double>(back["Nan"])));
        Assert.Equal(double.PositiveInfinity, back["Inf"]);
    }

    [Fact]
    public void Unsupported_property_types_are_refused_by_name()
    {
        var entity = new TableEntity("p", "r") { ["When"] = new DateOnly(2024, 7, 1) };

        var error = Assert.Throws<ArgumentException>(() => TableEntityJson.Write(entity));

        Assert.Contains("When", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_in_the_url_double_quotes_and_percent_encode_everything_else()
    {
        Assert.Equal("T(PartitionKey='O%27%27Brien',RowKey='Ynys%20M%C3%B4n')", TableKeys.EntityPath("T", "O'Brien", "Ynys Môn"));
        Assert.Equal("PartitionKey eq 'O''Brien'", TableKeys.PartitionFilter("O'Brien"));
    }

    private static TableEntity Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return TableEntityJson.Read(doc.RootElement);
    }
}
