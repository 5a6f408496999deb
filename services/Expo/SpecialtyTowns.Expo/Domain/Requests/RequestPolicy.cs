using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Domain.Requests;

/// <summary>
/// Who may ask whom: the parties of a new request must be other approved participants of the
/// same event, each of a kind the event's rules let the sender's kind ask. A wrong party is the
/// client's mistake (the field is named); an unapproved one is a rule the state refuses.
/// </summary>
public static class RequestPolicy
{
    /// <summary>A delegation meeting has at most this many invited parties besides the sender.</summary>
    public const int MaxRecipients = 8;

    public const int MessageMaxLength = 1000;

    public const int ReasonMaxLength = 500;

    public const string RecipientsField = "to_participant_ids";

    /// <exception cref="InvalidValueException">No recipient, the sender itself, a duplicate, a participant of no such event, or a kind the rules forbid.</exception>
    /// <exception cref="BusinessRuleException">A recipient is not approved (rule "participant-not-approved").</exception>
    public static void EnsureRecipients(Participant from, IReadOnlyList<Guid> toIds, IReadOnlyCollection<Participant> found, IEnumerable<string> rules)
    {
        if (toIds.Count == 0)
        {
            throw new InvalidValueException(RecipientsField, "name at least one participant to meet");
        }

        if (toIds.Count > MaxRecipients)
        {
            throw new InvalidValueException(RecipientsField, $"has {toIds.Count} participants; at most {MaxRecipients} are allowed");
        }

        if (toIds.Contains(from.Id))
        {
            throw new InvalidValueException(RecipientsField, "a participant cannot send a request to itself");
        }

        if (toIds.Distinct().Count() != toIds.Count)
        {
            throw new InvalidValueException(RecipientsField, "names a participant twice");
        }

        var byId = found.Where(p => p.EventId == from.EventId).ToDictionary(p => p.Id);
        var ruleList = rules.ToList();
        foreach (var id in toIds)
        {
            if (!byId.TryGetValue(id, out var to))
            {
                throw new InvalidValueException(RecipientsField, $"'{id}' is not a participant of this event");
            }

            if (!Setup.RequestRules.Allows(ruleList, from.Kind, to.Kind))
            {
                throw new InvalidValueException(RecipientsField, $"this event does not let a {from.Kind} request a meeting with a {to.Kind}");
            }

            if (!to.IsApproved)
            {
                throw new BusinessRuleException("participant-not-approved", $"'{to.Name}' is not an approved participant of this event", [RecipientsField]);
            }
        }
    }

    /// <summary>Whether a participant with this many meetings may get another under its limit (null: none).</summary>
    public static bool HasRoom(int meetings, int? limit) => limit is not { } max || meetings < max;

    /// <summary>The effective limit: the participant's own, else the event's for its kind.</summary>
    public static int? LimitOf(Participant participant, ExpoEvent expoEvent) => participant.MaxMeetings ?? expoEvent.MaxMeetingsFor(participant.Kind);
}
