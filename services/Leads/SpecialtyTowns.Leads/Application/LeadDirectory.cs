using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

/// <summary>Checks towns, and a lead's project and gap, against Leads' own directory (built from Towns' and Enterprises' events).</summary>
public sealed class LeadDirectory(LeadsDbContext db)
{
    public const string ProjectRule = "lead-project-of-town";

    public const string GapRule = "lead-gap-of-town";

    /// <summary>Refuses a town the directory does not know as a missing resource (a route naming it answers 404).</summary>
    public async Task EnsureTownKnownAsync(Guid townId, CancellationToken cancellationToken)
    {
        if (!await db.TownDirectory.AnyAsync(t => t.TownId == townId, cancellationToken))
        {
            throw new NotFoundException("Town", townId.ToString());
        }
    }

    /// <summary>Refuses a project or gap the directory does not know for <paramref name="townId"/>, or no longer sought.</summary>
    public async Task EnsureOfTownAsync(Guid townId, Guid? projectId, Guid? gapId, CancellationToken cancellationToken)
    {
        if (projectId is { } project)
        {
            var entry = await db.ProjectDirectory.AsNoTracking().SingleOrDefaultAsync(p => p.ProjectId == project, cancellationToken);
            if (entry is null || entry.TownId != townId)
            {
                throw new BusinessRuleException(ProjectRule, $"Project {project} is not a project of town {townId} known to the marketplace");
            }

            if (entry.Status is "withdrawn" or "draft")
            {
                throw new BusinessRuleException(ProjectRule, $"Project {project} is {entry.Status}: it takes no leads");
            }
        }

        if (gapId is { } gap)
        {
            var entry = await db.GapDirectory.AsNoTracking().SingleOrDefaultAsync(g => g.GapId == gap, cancellationToken);
            if (entry is null || entry.TownId != townId)
            {
                throw new BusinessRuleException(GapRule, $"Chain gap {gap} is not a gap of town {townId} known to the marketplace");
            }

            if (entry.Status == "withdrawn")
            {
                throw new BusinessRuleException(GapRule, $"Chain gap {gap} is withdrawn: it takes no leads");
            }
        }
    }
}
