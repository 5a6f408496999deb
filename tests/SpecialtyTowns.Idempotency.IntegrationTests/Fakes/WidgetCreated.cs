namespace SpecialtyTowns.Idempotency.IntegrationTests.Fakes;

public sealed record WidgetCreated(Guid WidgetId, string Name);
