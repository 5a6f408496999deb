namespace SpecialtyTowns.SharedKernel.Errors;

/// <summary>Business uniqueness was violated (AlreadyExists).</summary>
public sealed class ConflictException(string message) : Exception(message);
