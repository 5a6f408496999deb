using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>The candidate's answer to an offer of a freed place.</summary>
public sealed record AnswerOfferCommand(string? RequestId, Guid OfferId, bool Accept) : IIdempotentCommand;
