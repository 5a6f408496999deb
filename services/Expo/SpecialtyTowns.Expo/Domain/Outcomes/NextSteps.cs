namespace SpecialtyTowns.Expo.Domain.Outcomes;

/// <summary>What a party means to do after a meeting, weakest first (the order a lead advances in).</summary>
public static class NextSteps
{
    public const string None = "none";
    public const string FollowUp = "follow-up";
    public const string SiteVisit = "site-visit";
    public const string Negotiation = "negotiation";
    public const string IntentToSign = "intent-to-sign";

    public static readonly IReadOnlyList<string> All = [None, FollowUp, SiteVisit, Negotiation, IntentToSign];
}
