namespace SpecialtyTowns.Messaging.IntegrationTests.Fakes;

public sealed record SampleHappened(Guid SampleId, string Label);
