namespace SpecialtyTowns.Expo.Domain.Standby;

/// <summary>
/// Who may be offered a freed place, and in which order. Only a candidate with a mutual interest in
/// the partner is offered it: a request between them that neither side has turned down, or a two-sided
/// match that Leads scored above zero (both sides' one-way scores are above zero). A request both sides
/// accepted (they agreed to meet but found no common place) comes before a request still pending,
/// before a match alone; within each, the best two-sided match first; then whoever checked in at the
/// venue first (waited longest); then the participant id, so two passes over the same facts always pick
/// the same candidate.
/// </summary>
public static class StandbyInterest
{
    public const int None = 0;
    public const int Pending = 1;
    public const int Accepted = 2;

    public static IReadOnlyList<StandbyCandidate> Rank(IEnumerable<StandbyCandidate> candidates) =>
        [.. candidates
            .Where(Mutual)
            .OrderByDescending(c => c.Interest)
            .ThenByDescending(c => c.Match?.Score ?? 0)
            .ThenBy(c => c.CheckedInAt)
            .ThenBy(c => c.ParticipantId)];

    public static bool Mutual(StandbyCandidate candidate) => candidate.Interest > None || candidate.Match is { Score: > 0 };

    /// <summary>The reason shown with an offer (the candidate and the organizer read it).</summary>
    public static string Reason(StandbyCandidate candidate) => candidate.Interest switch
    {
        Accepted => "accepted-request",
        Pending => "pending-request",
        _ => "two-sided-match",
    };
}
