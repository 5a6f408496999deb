using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>
/// One side's feedback on a pair. Investor side: the offer (OfferKind, OfferId), the organisation is the
/// caller's own. Town side: the organisation (OrganisationId) for the offer the list was for.
/// </summary>
public sealed record GiveFeedbackCommand(string? RequestId, string Action, MatchSide Side, OfferKind OfferKind, Guid OfferId) : IIdempotentCommand
{
    public Guid? OrganisationId { get; init; }

    public Guid? EventId { get; init; }

    public string? Message { get; init; }

    public Guid? ImpressionId { get; init; }
}
