using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application;

/// <summary>A partial update: null leaves a field as it is.</summary>
public sealed record UpdateEventCommand(string? RequestId, Guid Id, string? Name, string? NameEn, string? City, DateOnly? StartsOn, DateOnly? EndsOn)
    : IIdempotentCommand;
