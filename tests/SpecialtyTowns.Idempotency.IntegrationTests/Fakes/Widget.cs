namespace SpecialtyTowns.Idempotency.IntegrationTests.Fakes;

public sealed class Widget
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;
}
