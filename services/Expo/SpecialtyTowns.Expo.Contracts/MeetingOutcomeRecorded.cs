using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>
/// One party of a meeting recorded (or changed) what happened in it: held or not, a rating and the next
/// step. Published once per real change. Parties carry their subjects (the investor's account and its
/// organisation in Leads, the town, the enterprise), so Leads can create or advance the lead for a held
/// meeting without asking Expo. SlotStartsAt is when the meeting was planned (UTC).
/// </summary>
[MessageUrn("specialtytowns:expo:meeting-outcome-recorded:v1")]
[EntityName("specialtytowns.expo.meeting-outcome-recorded.v1")]
public sealed record MeetingOutcomeRecorded(
    Guid EventId,
    Guid MeetingId,
    Guid ParticipantId,
    bool Held,
    int? Rating,
    string NextStep,
    IReadOnlyList<MeetingOutcomeParty> Parties,
    Guid? ProjectId,
    Guid? GapId,
    DateTimeOffset? SlotStartsAt,
    string EventName,
    string RecordedBy,
    int Version,
    DateTimeOffset At);
