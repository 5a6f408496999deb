using MassTransit;

namespace SpecialtyTowns.Messaging.IntegrationTests.Fakes;

/// <summary><see cref="SampleHappened"/> as an earlier build called it: same stable name, same fields.</summary>
[MessageUrn(SampleHappened.Name)]
[EntityName(SampleHappened.Exchange)]
public sealed record SampleHappenedBeforeRename(Guid SampleId, string Label);
