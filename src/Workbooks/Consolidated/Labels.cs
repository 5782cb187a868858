using Ukspf.Domain.Councils;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>How the consolidated return writes the model's values that have no label elsewhere, for a fund manager.</summary>
internal static class Labels
{
    /// <summary>"Northern Ireland" and so on.</summary>
    public static string Of(Nation nation) => nation == Nation.NorthernIreland ? "Northern Ireland" : nation.ToString();

    /// <summary>"Yes" or "No"; nothing when unknown.</summary>
    public static string? YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => null,
    };
}
