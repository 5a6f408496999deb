using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Outcomes;

/// <summary>A party's outcome of a meeting: held, a rating (1-5, only when held), the next step and a note.</summary>
public sealed record RecordMeetingOutcomeCommand(string? RequestId, Guid MeetingId, bool Held, int? Rating, string NextStep, string? Note) : IIdempotentCommand;
