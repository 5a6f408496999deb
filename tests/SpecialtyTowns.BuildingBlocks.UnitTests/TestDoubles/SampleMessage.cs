namespace SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles;

// Shaped like the contract records the outbox carries.
public sealed record SampleMessage(Guid Id, string Name, DateTimeOffset OccurredAt);
