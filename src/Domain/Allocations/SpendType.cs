namespace Ukspf.Domain.Allocations;

/// <summary>Capital (CDEL) or revenue (RDEL): each has its own grant determination and limit.</summary>
public enum SpendType
{
    /// <summary>Capital departmental expenditure limit (CDEL).</summary>
    Capital,

    /// <summary>Resource departmental expenditure limit (RDEL).</summary>
    Revenue,
}
