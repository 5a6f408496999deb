namespace SpecialtyTowns.Expo.Domain.Standby;

/// <summary>
/// How much a candidate and the partner of a freed place want to meet, best first, and the order in
/// which candidates are offered the place. The order is deterministic: a request both sides accepted
/// (they agreed to meet but found no common place) before a request still pending between them,
/// before no request at all; then whoever checked in at the venue first (waited longest); then the
/// participant id, so two passes over the same facts always pick the same candidate.
/// </summary>
public static class StandbyInterest
{
    public const int None = 0;
    public const int Pending = 1;
    public const int Accepted = 2;

    public static IReadOnlyList<StandbyCandidate> Rank(IEnumerable<StandbyCandidate> candidates) =>
        [.. candidates.OrderByDescending(c => c.Interest).ThenBy(c => c.CheckedInAt).ThenBy(c => c.ParticipantId)];

    /// <summary>The reason shown with an offer (the candidate and the organizer read it).</summary>
    public static string Reason(int interest) => interest switch
    {
        Accepted => "accepted-request",
        Pending => "pending-request",
        _ => "checked-in-first",
    };
}
