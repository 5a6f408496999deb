namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>
/// One piece of feedback as it was given (kept for learning the weights): who, on which side, what
/// action on which pair, from which impression, and what it produced (a lead, a meeting request).
/// </summary>
public sealed class MatchFeedback
{
    private MatchFeedback()
    {
    }

    public Guid Id { get; private set; }

    public MatchSide Side { get; private set; }

    /// <summary>A <see cref="MatchFeedbackActions"/> key.</summary>
    public string Action { get; private set; } = string.Empty;

    public Guid OrganisationId { get; private set; }

    public OfferKind OfferKind { get; private set; }

    public Guid OfferId { get; private set; }

    public Guid TownId { get; private set; }

    public Guid? ImpressionId { get; private set; }

    public Guid? LeadId { get; private set; }

    public Guid? ExpoEventId { get; private set; }

    public string? Message { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public static MatchFeedback Record(
        MatchSide side,
        string action,
        Guid organisationId,
        OfferKind offerKind,
        Guid offerId,
        Guid townId,
        Guid? impressionId,
        Guid? leadId,
        Guid? expoEventId,
        string? message,
        string actor,
        DateTimeOffset at) => new()
        {
            Id = Guid.CreateVersion7(at),
            Side = side,
            Action = action,
            OrganisationId = organisationId,
            OfferKind = offerKind,
            OfferId = offerId,
            TownId = townId,
            ImpressionId = impressionId,
            LeadId = leadId,
            ExpoEventId = expoEventId,
            Message = message,
            Actor = actor,
            At = at,
        };
}
