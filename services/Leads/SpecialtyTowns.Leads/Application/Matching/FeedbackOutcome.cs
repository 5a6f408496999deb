namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>What a piece of feedback left: its log row, the lead express-interest made or found, and the pair's standing marks of that side.</summary>
public sealed record FeedbackOutcome(Guid FeedbackId, string Action, Guid? LeadId, bool Saved, bool NotInterested);
