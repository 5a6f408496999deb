using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Domain.Requests;

/// <summary>
/// What each party may do with a request, and what it does: only an open request changes; only its
/// parties act on it; the sender cancels (it accepted its own terms by sending them), the others
/// decline; anyone may counter, which asks every other party again. Each change raises the
/// request's version, so two answers saved at the same moment never both count.
/// </summary>
public static class RequestAnswers
{
    /// <returns>False when the party had already accepted the current terms (nothing changes).</returns>
    public static bool Accept(MeetingRequest request, Guid participantId, DateTimeOffset now)
    {
        var party = OpenPartyOf(request, participantId);
        if (party.Response == PartyResponses.Accepted)
        {
            return false;
        }

        party.Answer(PartyResponses.Accepted, null, now);
        request.Touch();
        return true;
    }

    public static void Decline(MeetingRequest request, Guid participantId, string? reason, DateTimeOffset now)
    {
        var party = OpenPartyOf(request, participantId);
        if (participantId == request.FromParticipantId)
        {
            throw new BusinessRuleException("sender-cancels", "The sender cancels its request rather than declining it");
        }

        party.Answer(PartyResponses.Declined, reason, now);
        request.Close(RequestStatuses.Declined, now);
    }

    public static void Cancel(MeetingRequest request, Guid participantId, DateTimeOffset now)
    {
        OpenPartyOf(request, participantId);
        if (participantId != request.FromParticipantId)
        {
            throw new BusinessRuleException("only-sender-cancels", "Only the sender cancels a request; the other parties decline it");
        }

        request.Close(RequestStatuses.Cancelled, now);
    }

    /// <returns>False when the proposal is the current terms (nothing changes, nobody is asked again).</returns>
    public static bool Counter(MeetingRequest request, Guid participantId, RequestTerms terms, string? note, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        OpenPartyOf(request, participantId);
        if (terms.SameAs(request))
        {
            return false;
        }

        request.Counter(participantId, terms.ProposedSlotId, terms.InterpreterLanguage, terms.AttendeeIds, note, expiresAt, now);
        return true;
    }

    /// <summary>The parties that must still answer the current terms.</summary>
    public static IEnumerable<Guid> Waiting(MeetingRequest request) =>
        request.Parties.Where(p => p.Response == PartyResponses.Pending).Select(p => p.ParticipantId);

    /// <summary>Every party but the one acting: who is told of its action.</summary>
    public static IEnumerable<Guid> OthersThan(MeetingRequest request, Guid participantId) =>
        request.PartyIds.Where(p => p != participantId);

    private static MeetingRequestParty OpenPartyOf(MeetingRequest request, Guid participantId)
    {
        var party = request.Parties.SingleOrDefault(p => p.ParticipantId == participantId)
            ?? throw new NotFoundException("MeetingRequest", request.Id.ToString());
        if (!RequestStatuses.IsOpen(request.Status))
        {
            throw new BusinessRuleException("request-closed", $"The request is {request.Status}; it can no longer be answered");
        }

        return party;
    }
}
