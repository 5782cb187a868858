using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ukspf.Workbooks.Exports;
using Xunit;

namespace Ukspf.Workbooks.Tests.Exports;

public class GrantsJsonWriterTests
{
    [Fact]
    public void A_realistic_round_is_a_valid_360Giving_package_with_no_schema_errors()
    {
        using var json = Package();

        Assert.Empty(GrantsSchema.Errors(json.RootElement));
        Assert.Equal(7, json.RootElement.GetProperty("grants").GetArrayLength());
    }

    [Fact]
    public void The_schema_check_finds_a_date_where_a_date_time_is_wanted_and_text_where_a_uri_is()
    {
        using var json = Package();
        var text = json.RootElement.GetRawText()
            .Replace("2026-02-02T01:30:00+00:00", "2026-02-02", StringComparison.Ordinal)
            .Replace(RealisticRound.Source.AbsoluteUri, "UKSPF Returns, round 2025-26-Q3", StringComparison.Ordinal);
        using var broken = JsonDocument.Parse(text);

        var errors = GrantsSchema.Errors(broken.RootElement);

        Assert.Contains(errors, e => e.Contains("/dateModified", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("/dataSource", StringComparison.Ordinal));
    }

    [Fact]
    public void Funders_and_recipients_are_named_by_a_registered_org_id_prefix_or_our_own_360G_one()
    {
        var prefixes = StandardFiles.Csv("org-id-prefixes.csv");
        var registered = prefixes.Rows.Select(r => prefixes.Get(r, "code")).ToHashSet(StringComparer.Ordinal);
        using var json = Package();

        foreach (var grant in Grants(json))
            foreach (var role in new[] { "fundingOrganization", "recipientOrganization" })
            {
                var id = Assert.Single(grant.GetProperty(role).EnumerateArray()).GetProperty("id").GetString()!;
                Assert.True(id.StartsWith(GrantsPublication.Prefix + "-", StringComparison.Ordinal) || registered.Any(p => id.StartsWith(p + "-", StringComparison.Ordinal)), id);
            }
    }

    [Fact]
    public void Every_grant_identifier_starts_with_our_prefix_and_is_unique()
    {
        using var json = Package();

        var ids = Grants(json).Select(g => g.GetProperty("id").GetString()!).ToList();

        Assert.All(ids, id => Assert.StartsWith(GrantsPublication.Prefix + "-", id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Dates_parse_and_amounts_are_positive_numbers_in_pounds()
    {
        using var json = Package();

        foreach (var grant in Grants(json))
        {
            Assert.True(DateOnly.TryParseExact(grant.GetProperty("awardDate").GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            Assert.True(DateTimeOffset.TryParseExact(grant.GetProperty("dateModified").GetString(), "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            Assert.Equal(JsonValueKind.Number, grant.GetProperty("amountAwarded").ValueKind);
            Assert.True(grant.GetProperty("amountAwarded").GetDecimal() > 0m);
            Assert.Equal("GBP", grant.GetProperty("currency").GetString());
        }
    }

    [Fact]
    public void Beneficiary_locations_carry_the_councils_GSS_code_and_a_geoCodeType_from_the_codelist()
    {
        var codelist = StandardFiles.Csv("geoCodeType.csv");
        var types = codelist.Rows.Select(r => codelist.Get(r, "Code")).ToHashSet(StringComparer.Ordinal);
        using var json = Package();

        foreach (var grant in Grants(json))
        {
            var location = Assert.Single(grant.GetProperty("beneficiaryLocation").EnumerateArray());
            Assert.Matches(new Regex(@"^[EKNSW]\d{8}$"), location.GetProperty("geoCode").GetString());
            if (location.TryGetProperty("geoCodeType", out var type)) Assert.Contains(type.GetString()!, types);
        }
    }

    [Fact]
    public void The_same_project_keeps_its_identifier_in_another_round()
    {
        var later = Ukspf.Domain.Rounds.RoundId.Parse("2025-26-Q4");
        var nextRound = RealisticRound.Round with { Id = later };

        var first = RealisticRound.Publication().Grants.Select(g => g.Id);
        var second = GrantsPublication.Build(nextRound, RealisticRound.Returns, Ukspf.Domain.Catalogue.Catalogue.Default, RealisticRound.Published.AddMonths(3), RealisticRound.Source).Grants.Select(g => g.Id);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Writes_one_grant_in_the_standards_shape()
    {
        using var json = Package();

        var grant = Grants(json).Single(g => g.GetProperty("id").GetString() == "360G-ukspf-E07000223-ad-1");

        Assert.Equal("High Street, phase 2", grant.GetProperty("title").GetString());
        Assert.Equal(12_500.50m, grant.GetProperty("amountAwarded").GetDecimal());
        Assert.Equal("2025-05-01", grant.GetProperty("awardDate").GetString());
        Assert.Equal("GB-CHC-1123456", grant.GetProperty("recipientOrganization")[0].GetProperty("id").GetString());
        Assert.Equal("GB-LAE-ADU", grant.GetProperty("fundingOrganization")[0].GetProperty("id").GetString());
        Assert.Equal("NMD", grant.GetProperty("beneficiaryLocation")[0].GetProperty("geoCodeType").GetString());
        Assert.Equal("2026-02-02T01:30:00+00:00", grant.GetProperty("dateModified").GetString());
        Assert.Equal(RealisticRound.Source.AbsoluteUri, grant.GetProperty("dataSource").GetString());
        Assert.Equal("E1", grant.GetProperty("grantProgramme")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void The_package_is_written_without_a_byte_order_mark()
    {
        var bytes = Bytes();

        Assert.Equal((byte)'{', bytes[0]);
    }

    internal static JsonDocument Package() => JsonDocument.Parse(Bytes());

    private static byte[] Bytes()
    {
        using var stream = new MemoryStream();
        GrantsJsonWriter.Write(RealisticRound.Publication().Grants, stream);
        return stream.ToArray();
    }

    private static IEnumerable<JsonElement> Grants(JsonDocument json) => json.RootElement.GetProperty("grants").EnumerateArray();
}
