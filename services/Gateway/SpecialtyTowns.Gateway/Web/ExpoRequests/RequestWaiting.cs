using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Web.ExpoRequests;

/// <summary>What the request pages show of a request: who waits for whom, and for how long.</summary>
public static class RequestWaiting
{
    /// <summary>Whole hours a pending request has waited since it was sent (for the organizer's overview).</summary>
    public static int Hours(MeetingRequest request, DateTimeOffset now) =>
        (int)Math.Max(0, (now - request.CreatedAt.ToDateTimeOffset()).TotalHours);

    public static bool MustAnswer(MeetingRequest request, string participantId) =>
        request.Status == "pending" && request.Parties.Any(p => p.ParticipantId == participantId && p.Response == "pending");

    public static bool IsSender(MeetingRequest request, string participantId) => request.FromParticipantId == participantId;

    public static string Others(MeetingRequest request, string participantId) =>
        string.Join("、", request.Parties.Where(p => p.ParticipantId != participantId).Select(p => p.Name));
}
