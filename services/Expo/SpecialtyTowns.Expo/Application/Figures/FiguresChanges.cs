using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Expo.Application.Figures;

/// <summary>
/// Tells the gateway that an event's live figures changed, for changes that publish no event of
/// their own (the leads and deals learned from Leads); check-ins, no-shows, refills and outcomes
/// are heard from their own events. Called in the change's unit of work: the event leaves through
/// the outbox with the change, or not at all. Announcing twice is harmless (the gateway coalesces).
/// </summary>
public sealed class FiguresChanges(IOutbox outbox, TimeProvider clock)
{
    /// <param name="eventId">The expo event whose figures changed.</param>
    /// <param name="what">Which figure moved (a word from <see cref="FigureKinds"/>), for the log and the dashboard.</param>
    public void Announce(Guid eventId, string what) => outbox.Add(new EventFiguresChanged(eventId, what, clock.GetUtcNow()));
}
