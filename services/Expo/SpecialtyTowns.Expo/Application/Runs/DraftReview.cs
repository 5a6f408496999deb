namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>A draft described for the organizer's review: every unscheduled meeting and every change to a placed one, with reasons and names.</summary>
public sealed record DraftReview(ScheduleDraftData Data, bool Stale, int NewlyPlaced, IReadOnlyList<DraftItem> Unscheduled, IReadOnlyList<DraftItem> Changes);
