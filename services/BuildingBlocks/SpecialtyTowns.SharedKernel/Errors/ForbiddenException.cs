namespace SpecialtyTowns.SharedKernel.Errors;

/// <summary>The caller is known but may not do this (PermissionDenied).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
