namespace SpecialtyTowns.Gateway.RateLimiting;

/// <summary>Requests counted so far in a partition's current window, and when that window ends.</summary>
public readonly record struct WindowCount(long Count, TimeSpan ResetsIn);
