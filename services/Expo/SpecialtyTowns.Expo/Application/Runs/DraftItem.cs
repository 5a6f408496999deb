namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>One meeting of a draft's review: "unscheduled", or a change to its published place ("moved", "dropped", "removed").</summary>
public sealed record DraftItem(Guid MeetingId, IReadOnlyList<string> PartyNames, string Change, string Reason, DraftPlace? From, DraftPlace? To);
