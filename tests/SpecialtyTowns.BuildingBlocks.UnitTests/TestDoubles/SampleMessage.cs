using MassTransit;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles;

// Shaped like the contract records the outbox carries.
[MessageUrn("specialtytowns:tests:sample-message:v1")]
public sealed record SampleMessage(Guid Id, string Name, DateTimeOffset OccurredAt);
