namespace Ukspf.Domain.Returns;

/// <summary>Red, amber or green.</summary>
public enum Rag
{
    /// <summary>Serious concern.</summary>
    Red,

    /// <summary>Some concern.</summary>
    Amber,

    /// <summary>On track.</summary>
    Green,
}
