namespace SpecialtyTowns.Leads.Application;

/// <summary>A held expo meeting as Leads applies it: who met (the organisation and the town), about what, when and what comes next.</summary>
public sealed record ExpoMeetingOutcome(
    Guid EventId,
    string EventName,
    Guid MeetingId,
    Guid InvestorUserId,
    Guid? OrganisationId,
    Guid TownId,
    Guid? ProjectId,
    Guid? GapId,
    DateTimeOffset OccurredAt,
    string NextStep,
    IReadOnlyList<string> PartyNames);
