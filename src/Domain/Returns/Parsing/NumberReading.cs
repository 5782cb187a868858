namespace Ukspf.Domain.Returns.Parsing;

/// <summary>What reading a cell's text as a number found.</summary>
internal enum NumberReading
{
    /// <summary>A number a decimal holds.</summary>
    Read,

    /// <summary>Not a number at all.</summary>
    NotANumber,

    /// <summary>A number, but one too large for a decimal (1E+300): certainly not an amount of this fund.</summary>
    TooLarge,
}
