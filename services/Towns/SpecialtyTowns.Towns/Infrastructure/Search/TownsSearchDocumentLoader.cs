using SpecialtyTowns.Towns.Application.Search;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Search.Hosting;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.Infrastructure.Search;

/// <summary>Every town and every public project, for the index's rebuild at start; projects stream from the database.</summary>
public sealed class TownsSearchDocumentLoader(TownsDbContext db) : ISearchDocumentLoader<SearchDocument>
{
    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var towns = await db.Towns.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var town in towns.Values)
        {
            yield return SearchDocuments.Of(town);
        }

        var publicStatuses = new[] { ProjectStatus.Published, ProjectStatus.Negotiating, ProjectStatus.Signed, ProjectStatus.Landed };
        var projects = db.Projects.AsNoTracking().Where(p => publicStatuses.Contains(p.Status)).AsAsyncEnumerable();
        await foreach (var project in projects.WithCancellation(cancellationToken))
        {
            if (towns.TryGetValue(project.TownId, out var town) && SearchDocuments.Of(project, town) is { } document)
            {
                yield return document;
            }
        }
    }
}
