using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>A venue check-in by badge token, or by participant (and attendee) id; method scan, code or search.</summary>
public sealed record CheckInCommand(string? RequestId, Guid EventId, string? Badge, Guid? ParticipantId, Guid? AttendeeId, string Method) : IIdempotentCommand;
