using MassTransit;

namespace SpecialtyTowns.Idempotency.IntegrationTests.Fakes;

[MessageUrn("specialtytowns:tests:widget-created:v1")]
[EntityName("specialtytowns.tests.widget-created.v1")]
public sealed record WidgetCreated(Guid WidgetId, string Name);
