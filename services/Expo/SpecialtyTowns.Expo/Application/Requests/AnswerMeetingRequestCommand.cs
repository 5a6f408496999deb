using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>An accept, decline or cancel of one request (the reason only for the latter two).</summary>
public sealed record AnswerMeetingRequestCommand(string? RequestId, Guid Id, string? Reason) : IIdempotentCommand;
