using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.TestKit.Clients;

/// <summary>
/// Accepted meetings between an event's approved participants, made the way participants make them:
/// one sends a request, the other accepts. <c>actingAs</c> gives a requests client signed in as the
/// participant with that id (the scenario knows who acts for whom).
/// </summary>
public static class ExpoMeetingRequests
{
    /// <returns>The meeting ids, in the order of <paramref name="pairs"/>.</returns>
    public static async Task<IReadOnlyList<string>> AcceptedMeetingsAsync(
        Func<string, ExpoRequestsService.ExpoRequestsServiceClient> actingAs,
        string eventId,
        IEnumerable<(string From, string To)> pairs,
        CancellationToken cancellationToken = default)
    {
        var meetings = new List<string>();
        foreach (var (from, to) in pairs)
        {
            var sent = await actingAs(from).SendMeetingRequestAsync(
                new SendMeetingRequestRequest { EventId = eventId, ToParticipantIds = { to }, Message = "洽谈合作 / Let us talk" },
                cancellationToken: cancellationToken);
            var accepted = await actingAs(to).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id }, cancellationToken: cancellationToken);
            meetings.Add(accepted.MeetingId);
        }

        return meetings;
    }

    /// <summary>Pairs each participant of <paramref name="fromIds"/> with each of <paramref name="toIds"/> until <paramref name="count"/> pairs.</summary>
    public static IEnumerable<(string From, string To)> Pairs(IReadOnlyList<string> fromIds, IReadOnlyList<string> toIds, int count) =>
        fromIds.SelectMany(f => toIds.Select(t => (f, t))).Take(count);
}
