namespace SpecialtyTowns.Messaging.IntegrationTests.Fakes;

/// <summary>A business row written together with its outbox event.</summary>
public sealed class Sample
{
    public Guid Id { get; set; }

    public required string Label { get; set; }
}
