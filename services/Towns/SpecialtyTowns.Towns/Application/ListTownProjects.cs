using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>A town's projects as <see cref="TownProjectsScope"/> lets the caller see them, newest first, a page at a time.</summary>
public sealed class ListTownProjects(TownsDbContext db)
{
    public async Task<ProjectPage> ExecuteAsync(Guid townId, int page, int size, Caller caller, CancellationToken cancellationToken)
    {
        if (!await db.Towns.AnyAsync(t => t.Id == townId, cancellationToken))
        {
            throw new NotFoundException("Town", townId.ToString());
        }

        var statuses = TownProjectsScope.For(caller, townId).Statuses.ToList();
        var query = db.Projects.AsNoTracking().Where(p => p.TownId == townId && statuses.Contains(p.Status));
        var total = await query.CountAsync(cancellationToken);

        // Ids are time-ordered (UUIDv7): newest first, and stable while projects are being added.
        var projects = await query.OrderByDescending(p => p.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new ProjectPage(projects, total);
    }
}
