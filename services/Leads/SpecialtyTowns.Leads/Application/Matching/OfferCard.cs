using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>What an investor's list shows of an offer, from the directory (amounts: projects only).</summary>
public sealed record OfferCard(
    Guid Id,
    OfferKind Kind,
    string Title,
    string? TitleEn,
    Guid TownId,
    string TownName,
    string? City,
    string? IndustryCode,
    long AmountMinFen,
    long AmountMaxFen);
