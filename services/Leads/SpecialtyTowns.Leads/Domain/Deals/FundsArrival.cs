namespace SpecialtyTowns.Leads.Domain.Deals;

/// <summary>A dated part of a deal's money that arrived (到资).</summary>
public sealed class FundsArrival
{
    private FundsArrival()
    {
    }

    public Guid Id { get; private set; }

    public Guid DealId { get; private set; }

    public long AmountFen { get; private set; }

    public DateOnly ArrivedOn { get; private set; }

    public string? Note { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }

    public static FundsArrival Record(Guid dealId, long amountFen, DateOnly arrivedOn, string? note, string actor, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DealId = dealId,
        AmountFen = amountFen,
        ArrivedOn = arrivedOn,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        Actor = actor,
        RecordedAt = now,
    };
}
