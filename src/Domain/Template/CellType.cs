namespace Ukspf.Domain.Template;

/// <summary>What a template cell holds.</summary>
public enum CellType
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A number (counts, areas, FTE).</summary>
    Number,

    /// <summary>Pounds: a number formatted as £.</summary>
    Money,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>One value from a drop-down list.</summary>
    Choice,
}
