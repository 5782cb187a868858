namespace Ukspf.Domain.Catalogue;

/// <summary>The unit an indicator is measured in; decides whether figures may be summed.</summary>
public enum IndicatorUnit
{
    /// <summary>A count of people, enterprises, facilities...</summary>
    Count,

    /// <summary>Square metres.</summary>
    SquareMetres,

    /// <summary>Full-time equivalents (jobs; part-time converted).</summary>
    Fte,

    /// <summary>A percentage or survey perception: never summed.</summary>
    Percent,

    /// <summary>Pounds.</summary>
    Pounds,

    /// <summary>Tonnes of CO2 equivalent.</summary>
    TonnesCo2e,
}
