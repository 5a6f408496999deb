using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Registration;

/// <summary>
/// A participant registers itself: an investor account as its organisation, a town account as the
/// town's delegation, an enterprise account as the enterprise; the kind must be what the caller
/// is. One registration per (event, kind, subject): registering again, even concurrently, returns
/// the one there is (the unique index decides); a withdrawn one is registered anew, pending.
/// </summary>
public sealed class Register(ExpoDbContext db, IOutbox outbox, TimeProvider clock)
{
    public async Task<Participant> ExecuteAsync(RegisterCommand command, Caller caller, CancellationToken cancellationToken)
    {
        if (Participant.SubjectOf(caller) is not { } subject || subject.Kind != command.Kind)
        {
            throw new InvalidValueException("kind", $"a {caller.Role} account cannot register as {command.Kind}");
        }

        var expoEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == command.EventId, cancellationToken)
            ?? throw new NotFoundException("Event", command.EventId.ToString());
        var existing = await Find(command.EventId, subject.Kind, subject.SubjectId).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null && existing.Status != ParticipantStatuses.Withdrawn)
        {
            return existing;
        }

        if (!expoEvent.RegistrationOpen)
        {
            throw new BusinessRuleException("registration-closed", "The organizer has closed registration for this event");
        }

        var attendees = command.Attendees.Select(a => new Attendee
        {
            Id = a.Id ?? Guid.CreateVersion7(),
            Name = a.Name.Trim(),
            Title = string.IsNullOrWhiteSpace(a.Title) ? null : a.Title.Trim(),
            EnterpriseId = a.EnterpriseId,
            Languages = a.Languages.Select(l => l.Trim().ToLowerInvariant()).Distinct().ToList(),
        }).ToList();
        var seats = command.Seats > 0 ? command.Seats : Math.Max(1, attendees.Count);
        var now = clock.GetUtcNow();
        Participant participant;
        if (existing is not null)
        {
            participant = await db.Participants.SingleAsync(p => p.Id == existing.Id, cancellationToken);
            participant.Change(command.Name, command.NameEn, command.Languages, seats, command.MaxMeetings, attendees, command.OrganisationId);
            participant.Decide(ParticipantStatuses.Pending, caller.Subject, null, now);
        }
        else
        {
            participant = Participant.Register(command.EventId, subject.Kind, subject.SubjectId, command.OrganisationId, command.Name, command.NameEn, command.Languages, seats, command.MaxMeetings, attendees, caller.Subject, now);
            db.Participants.Add(participant);
        }

        outbox.Add(new ParticipantRegistered(participant.EventId, participant.Id, participant.Kind, participant.SubjectId, participant.Name));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (SetupConstraints.IsUniqueViolation(exception))
        {
            // A concurrent registration of the same subject won: it is the one.
            db.ChangeTracker.Clear();
            return await Find(command.EventId, subject.Kind, subject.SubjectId).SingleAsync(cancellationToken);
        }

        return participant;
    }

    private IQueryable<Participant> Find(Guid eventId, string kind, Guid subjectId) =>
        db.Participants.AsNoTracking().Where(p => p.EventId == eventId && p.Kind == kind && p.SubjectId == subjectId);
}
