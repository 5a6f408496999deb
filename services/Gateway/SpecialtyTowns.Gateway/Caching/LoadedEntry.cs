namespace SpecialtyTowns.Gateway.Caching;

/// <summary>A cache entry's JSON and, when it was just made, the object it was made from.</summary>
public readonly record struct LoadedEntry(ReadOnlyMemory<byte> Json, object? Created, bool WasCreated);
