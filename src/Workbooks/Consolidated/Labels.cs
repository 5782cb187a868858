using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>How the consolidated return writes the model's enumerations for a fund manager.</summary>
internal static class Labels
{
    /// <summary>"Northern Ireland" and so on.</summary>
    public static string Of(Nation nation) => nation == Nation.NorthernIreland ? "Northern Ireland" : nation.ToString();

    /// <summary>"Closed early" and so on.</summary>
    public static string Of(ProjectStatus status) => status == ProjectStatus.ClosedEarly ? "Closed early" : status.ToString();

    /// <summary>The unit as indicators.csv and guidance write it.</summary>
    public static string Of(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count => "count",
        IndicatorUnit.SquareMetres => "m²",
        IndicatorUnit.Fte => "FTE",
        IndicatorUnit.Percent => "%",
        IndicatorUnit.Pounds => "£",
        _ => "tCO2e",
    };

    /// <summary>"Yes" or "No"; nothing when unknown.</summary>
    public static string? YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => null,
    };
}
