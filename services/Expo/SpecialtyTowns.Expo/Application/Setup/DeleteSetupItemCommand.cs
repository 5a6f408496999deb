using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>Deletes a hall (with its tables), a table or an interpreter of the event.</summary>
public sealed record DeleteSetupItemCommand(string? RequestId, Guid EventId, Guid ItemId) : IIdempotentCommand;
