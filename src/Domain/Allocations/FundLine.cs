namespace Ukspf.Domain.Allocations;

/// <summary>The grant line an allocation belongs to.</summary>
public enum FundLine
{
    /// <summary>The core UKSPF allocation.</summary>
    Core,

    /// <summary>Multiply: adult numeracy, ring-fenced 2022-25.</summary>
    Multiply,

    /// <summary>Rural England Prosperity Fund (capital).</summary>
    Repf,

    /// <summary>The flat capacity payment (England 2022-23).</summary>
    Capacity,
}
