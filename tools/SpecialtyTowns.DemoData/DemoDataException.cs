namespace SpecialtyTowns.DemoData;

/// <summary>The demo file cannot be used, or the gateway refused a step; the message says which and why.</summary>
public sealed class DemoDataException(string message) : Exception(message);
