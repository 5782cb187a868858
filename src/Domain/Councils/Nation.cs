namespace Ukspf.Domain.Councils;

/// <summary>The four nations; each has its own intervention codes (E, S, W) and arrangements.</summary>
public enum Nation
{
    /// <summary>England: E-coded interventions.</summary>
    England,

    /// <summary>Scotland: S-coded interventions.</summary>
    Scotland,

    /// <summary>Wales: W-coded interventions, regional lead authorities.</summary>
    Wales,

    /// <summary>Northern Ireland: delivered centrally.</summary>
    NorthernIreland,
}
