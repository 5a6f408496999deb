namespace SpecialtyTowns.Messaging.IntegrationTests.Fakes;

/// <summary>One row per handling of a message: duplicates would show as extra rows.</summary>
public sealed class HandledSample
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    public required string Label { get; set; }
}
