namespace SpecialtyTowns.Expo.Domain.Requests;

/// <summary>What the parties agree to: a slot (or the scheduler's choice), an interpreter's language, who attends.</summary>
public sealed record RequestTerms(Guid? ProposedSlotId, string? InterpreterLanguage, IReadOnlyList<Guid> AttendeeIds)
{
    public static string? CleanLanguage(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();

    public bool SameAs(MeetingRequest request) =>
        ProposedSlotId == request.ProposedSlotId
        && CleanLanguage(InterpreterLanguage) == request.InterpreterLanguage
        && AttendeeIds.Distinct().Order().SequenceEqual(request.AttendeeIds.Order());
}
