namespace SpecialtyTowns.Idempotency.IntegrationTests.Fakes;

public sealed record CreateWidget(string? RequestId, string Name) : IIdempotentCommand;
