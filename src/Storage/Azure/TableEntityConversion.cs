using System.Globalization;
using Ukspf.Storage.Tables;
using SdkEntity = Azure.Data.Tables.TableEntity;

namespace Ukspf.Storage.Azure;

/// <summary>
/// Our <see cref="TableEntity"/> to and from the Tables SDK's entity, keeping every value's type. Two types need more
/// than the SDK gives: a <c>decimal</c> is stored exactly as an Edm.String of its invariant text with a companion
/// <c>{name}__type = "Decimal"</c> property (ADR-004), since the SDK would write it as a lossy Double; and a NaN or
/// infinite <c>double</c>, which JSON cannot hold as a number, travels as the text the service accepts for an
/// Edm.Double. Entities written by the earlier REST client, in the same encoding, read back the same.
/// </summary>
internal static class TableEntityConversion
{
    /// <summary>The suffix of the companion property that marks a string as holding another .NET type.</summary>
    public const string TypeMarkerSuffix = "__type";

    private const string DecimalMarker = "Decimal";
    private const string ODataTypeSuffix = "@odata.type";
    private const string EdmDouble = "Edm.Double";

    public static SdkEntity ToSdk(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var sdk = new SdkEntity(entity.PartitionKey, entity.RowKey);
        foreach (var (name, value) in entity)
        {
            if (value is not null && name is not ("PartitionKey" or "RowKey" or "Timestamp"))
            {
                Write(sdk, name, value);
            }
        }

        return sdk;
    }

    private static void Write(SdkEntity sdk, string name, object value)
    {
        switch (value)
        {
            case string or int or long or bool or Guid or byte[] or DateTimeOffset:
                sdk[name] = value;
                break;
            case double d when double.IsFinite(d):
                sdk[name] = d;
                break;
            case double d:
                // The SDK only adds annotations to typed values, so this one reaches the service as written.
                sdk[name] = double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
                sdk[name + ODataTypeSuffix] = EdmDouble;
                break;
            case DateTime t:
                // The SDK refuses a DateTime that is not UTC; an unspecified one is taken as UTC, as before.
                sdk[name] = new DateTimeOffset(t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : DateTime.SpecifyKind(t, DateTimeKind.Utc));
                break;
            case decimal m:
                sdk[name] = m.ToString(CultureInfo.InvariantCulture);
                sdk[name + TypeMarkerSuffix] = DecimalMarker;
                break;
            default:
                throw new ArgumentException(
                    $"Property '{name}' has type {value.GetType().Name}, which a table entity cannot hold: use string, int, long, double, bool, decimal, Guid, byte[], DateTimeOffset or DateTime.",
                    nameof(value));
        }
    }

    public static TableEntity FromSdk(SdkEntity sdk)
    {
        var entity = new TableEntity(sdk.PartitionKey, sdk.RowKey)
        {
            ETag = sdk.ETag == default ? null : StorageExceptionTranslation.Header(sdk.ETag),
            Timestamp = sdk.Timestamp,
        };
        foreach (var (name, value) in sdk)
        {
            if (name is "PartitionKey" or "RowKey" or "Timestamp"
                || name.StartsWith("odata.", StringComparison.Ordinal) || name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            entity[name] = value switch
            {
                BinaryData data => data.ToArray(),
                DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
                _ => value,
            };
        }

        ApplyTypeMarkers(entity);
        return entity;
    }

    // A stale marker (the value later merged as something else) is left visible rather than guessed at.
    private static void ApplyTypeMarkers(TableEntity entity)
    {
        foreach (var markerName in entity.Keys.Where(k => k.EndsWith(TypeMarkerSuffix, StringComparison.Ordinal)).ToList())
        {
            var name = markerName[..^TypeMarkerSuffix.Length];
            if (entity[markerName] is DecimalMarker && entity.TryGetValue(name, out var raw) && raw is string text
                && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                entity[name] = value;
                entity.Remove(markerName);
            }
        }
    }
}
