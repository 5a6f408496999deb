using MassTransit;

namespace SpecialtyTowns.Messaging.IntegrationTests.Fakes;

[MessageUrn(Name)]
[EntityName(Exchange)]
public sealed record SampleHappened(Guid SampleId, string Label)
{
    public const string Name = "specialtytowns:tests:sample-happened:v1";

    public const string Exchange = "specialtytowns.tests.sample-happened.v1";
}
