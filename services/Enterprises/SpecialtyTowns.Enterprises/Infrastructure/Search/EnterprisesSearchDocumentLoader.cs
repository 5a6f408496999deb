using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Search.Hosting;

namespace SpecialtyTowns.Enterprises.Infrastructure.Search;

/// <summary>Every enterprise and every gap but withdrawn ones, for the index's rebuild at start; both stream from the database.</summary>
public sealed class EnterprisesSearchDocumentLoader(EnterprisesDbContext db) : ISearchDocumentLoader<SearchDocument>
{
    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var towns = await db.Towns.AsNoTracking().ToDictionaryAsync(t => t.TownId, SearchDocuments.Place, cancellationToken);
        var nodes = await db.ChainNodes.AsNoTracking().ToListAsync(cancellationToken);
        var nodesById = nodes.ToDictionary(n => n.Id);
        var nodesByEnterprise = nodes.SelectMany(n => n.EnterpriseIds.Select(e => (Enterprise: e, Node: n)))
            .ToLookup(x => x.Enterprise, x => x.Node);

        await foreach (var enterprise in db.Enterprises.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return SearchDocuments.Of(enterprise, towns.GetValueOrDefault(enterprise.TownId), nodesByEnterprise[enterprise.Id]);
        }

        var gaps = db.ChainGaps.AsNoTracking().Where(g => g.Status != GapStatus.Withdrawn).AsAsyncEnumerable();
        await foreach (var gap in gaps.WithCancellation(cancellationToken))
        {
            var node = gap.ChainNodeId is { } nodeId ? nodesById.GetValueOrDefault(nodeId) : null;
            if (SearchDocuments.Of(gap, node, towns.GetValueOrDefault(gap.TownId)) is { } document)
            {
                yield return document;
            }
        }
    }
}
