using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application;

/// <summary>An event as published: anyone may read it.</summary>
public sealed class GetEvent(ExpoDbContext db)
{
    public async Task<ExpoEvent> ExecuteAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException("Event", id.ToString());
}
