namespace Ukspf.Storage.Local;

/// <summary>Where one property lies in a row's JSON.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="Type">Its type tag's bytes (never escaped), without the quotes.</param>
/// <param name="Value">Its value's string token, quotes included, so it reads on its own as JSON.</param>
internal readonly record struct StoredProperty(string Name, Range Type, Range Value);
