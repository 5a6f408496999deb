using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Leads.Application.Matching;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.V1;
using DomainReason = SpecialtyTowns.Leads.Domain.Matching.MatchReason;

namespace SpecialtyTowns.Leads.Grpc;

/// <summary>Matching's results on the wire: scores and contributions as points 0-100, keys in kebab-case, public fields only.</summary>
public static class MatchingMapper
{
    public static RecommendationList ToMessage(InvestorRecommendations list)
    {
        var message = new RecommendationList
        {
            GeneratedAt = Timestamp.FromDateTimeOffset(list.GeneratedAt),
            ImpressionId = list.ImpressionId.ToString(),
            OrganisationId = list.OrganisationId.ToString(),
        };
        message.Items.AddRange(list.Items.Select(ToMessage));
        message.ExistingLeads.AddRange(list.ExistingLeads.Select(ToMessage));
        return message;
    }

    public static InvestorRecommendationList ToMessage(OrganisationRecommendations list)
    {
        var message = new InvestorRecommendationList
        {
            GeneratedAt = Timestamp.FromDateTimeOffset(list.GeneratedAt),
            ImpressionId = list.ImpressionId.ToString(),
            Kind = OfferKindKeys.Of(list.Offer.Kind),
            OfferId = list.Offer.Id.ToString(),
        };
        message.Items.AddRange(list.Items.Select(ToMessage));
        message.ExistingLeads.AddRange(list.ExistingLeads.Select(ToMessage));
        return message;
    }

    public static FeedbackResult ToMessage(FeedbackOutcome outcome) => new()
    {
        FeedbackId = outcome.FeedbackId.ToString(),
        Action = outcome.Action,
        LeadId = outcome.LeadId?.ToString() ?? string.Empty,
        Saved = outcome.Saved,
        NotInterested = outcome.NotInterested,
    };

    private static Recommendation ToMessage(RecommendedOffer item)
    {
        var offer = item.Offer;
        var message = new Recommendation
        {
            Id = offer.Id.ToString(),
            Kind = OfferKindKeys.Of(offer.Kind),
            Title = offer.Title,
            TitleEn = offer.TitleEn ?? string.Empty,
            TownId = offer.TownId.ToString(),
            TownName = offer.TownName,
            City = offer.City ?? string.Empty,
            Score = MatchScale.Points(item.Match.Score),
            InvestorScore = MatchScale.Points(item.Match.InvestorScore),
            TownScore = MatchScale.Points(item.Match.TownScore),
            Saved = item.Saved,
            IndustryCode = offer.IndustryCode ?? string.Empty,
            AmountMinFen = offer.AmountMinFen,
            AmountMaxFen = offer.AmountMaxFen,
        };
        message.Reasons.AddRange(item.Match.Reasons.Select(ToMessage));
        return message;
    }

    private static InvestorRecommendation ToMessage(RecommendedOrganisation item)
    {
        var card = item.Organisation;
        var message = new InvestorRecommendation
        {
            Id = card.Id.ToString(),
            Name = card.Name,
            NameEn = card.NameEn ?? string.Empty,
            Type = InvestorKeys.Of(card.Type),
            Score = MatchScale.Points(item.Match.Score),
            InvestorScore = MatchScale.Points(item.Match.InvestorScore),
            TownScore = MatchScale.Points(item.Match.TownScore),
            Saved = item.Saved,
            TicketMinFen = card.TicketMinFen ?? 0,
            TicketMaxFen = card.TicketMaxFen ?? 0,
            HeadquartersCity = card.HeadquartersCity ?? string.Empty,
            HeadquartersCountry = card.HeadquartersCountry ?? string.Empty,
            Completeness = card.Completeness,
        };
        message.Reasons.AddRange(item.Match.Reasons.Select(ToMessage));
        message.IndustriesSought.AddRange(card.IndustriesSought);
        message.ChainPositionsSought.AddRange(card.ChainPositionsSought);
        message.PreferredRegions.AddRange(card.PreferredRegions);
        message.CooperationModes.AddRange(card.CooperationModes);
        message.Languages.AddRange(card.Languages);
        return message;
    }

    private static V1.MatchReason ToMessage(DomainReason reason) => new()
    {
        Side = MatchScale.SideKey(reason.Side),
        Feature = reason.Feature,
        Text = reason.Text,
        TextEn = reason.TextEn,
        Contribution = MatchScale.Points(reason.Contribution),
    };

    private static ExistingLead ToMessage(ExistingLeadView lead) => new()
    {
        Id = lead.Id.ToString(),
        Kind = lead.Kind,
        Title = lead.Title,
        LeadId = lead.LeadId?.ToString() ?? string.Empty,
        Stage = lead.Stage is { } stage ? LeadStageKeys.Of(stage) : string.Empty,
    };
}
