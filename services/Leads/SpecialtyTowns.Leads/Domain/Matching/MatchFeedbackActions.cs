namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>The feedback actions (stable keys of the REST body, the events and the feedback log).</summary>
public static class MatchFeedbackActions
{
    public const string NotInterested = "not-interested";
    public const string Save = "save";
    public const string Unsave = "unsave";

    /// <summary>Withdraws a not-interested mark.</summary>
    public const string Clear = "clear";

    /// <summary>Creates a lead (the investor's own, or a town-entered one for the town side).</summary>
    public const string ExpressInterest = "express-interest";

    /// <summary>Asks for a meeting at an expo event that is not over (published for the Expo service).</summary>
    public const string RequestMeeting = "request-meeting";

    public static readonly IReadOnlyList<string> All = [NotInterested, Save, Unsave, Clear, ExpressInterest, RequestMeeting];
}
