using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Figures;

/// <summary>One event's live figures, for the organizer running it and admins (anyone else: 404).</summary>
public sealed class GetEventFigures(EventAccess access, FigureCounter counter, TimeProvider clock)
{
    public async Task<EventFiguresData> ExecuteAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        var expoEvent = await access.ManagedEventAsync(eventId, caller, cancellationToken, track: false);
        var now = clock.GetUtcNow();
        var counts = await counter.CountAsync([eventId], now, cancellationToken);
        return new EventFiguresData(expoEvent, now, counts.GetValueOrDefault(eventId) ?? FigureCountsData.Zero);
    }
}
