using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Search.Hosting;

namespace SpecialtyTowns.Enterprises.Infrastructure.Search;

/// <summary>
/// Re-reads what changed from the database and says what the index should now hold of it. Events may come in any
/// order and twice: each answer is the record as it now is.
/// </summary>
public sealed class SearchIndexRefresh(EnterprisesDbContext db)
{
    public async Task<SearchIndexChanges<SearchDocument>> EnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken);
        if (enterprise is null)
        {
            return SearchIndexChanges<SearchDocument>.Delete(EnterprisesSearchSchema.IdTerm(enterpriseId));
        }

        var town = await PlaceAsync(enterprise.TownId, heard: null, cancellationToken);
        var nodes = await db.ChainNodes.AsNoTracking().Where(n => n.TownId == enterprise.TownId).ToListAsync(cancellationToken);
        return SearchIndexChanges<SearchDocument>.Upsert([SearchDocuments.Of(enterprise, town, nodes)]);
    }

    public async Task<SearchIndexChanges<SearchDocument>> GapAsync(Guid gapId, CancellationToken cancellationToken)
    {
        var gap = await db.ChainGaps.AsNoTracking().SingleOrDefaultAsync(g => g.Id == gapId, cancellationToken);
        var node = gap?.ChainNodeId is { } nodeId ? await db.ChainNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == nodeId, cancellationToken) : null;
        var town = gap is null ? null : await PlaceAsync(gap.TownId, heard: null, cancellationToken);
        return gap is null || SearchDocuments.Of(gap, node, town) is not { } document
            ? SearchIndexChanges<SearchDocument>.Delete(EnterprisesSearchSchema.IdTerm(gapId))
            : SearchIndexChanges<SearchDocument>.Upsert([document]);
    }

    /// <summary>
    /// Every enterprise and gap of a town: they carry its name, city and chain (positions, node names and products).
    /// <paramref name="heard"/> is the town as an event just told, used while the town entry is older.
    /// </summary>
    public async Task<SearchIndexChanges<SearchDocument>> TownAsync(Guid townId, TownPlace? heard, CancellationToken cancellationToken)
    {
        var town = await PlaceAsync(townId, heard, cancellationToken);
        var nodes = await db.ChainNodes.AsNoTracking().Where(n => n.TownId == townId).ToListAsync(cancellationToken);
        var nodesById = nodes.ToDictionary(n => n.Id);
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.TownId == townId).ToListAsync(cancellationToken);
        var gaps = await db.ChainGaps.AsNoTracking().Where(g => g.TownId == townId).ToListAsync(cancellationToken);
        var upserts = enterprises.Select(e => SearchDocuments.Of(e, town, nodes)).ToList();
        var deletes = new List<string>();
        foreach (var gap in gaps)
        {
            var node = gap.ChainNodeId is { } nodeId ? nodesById.GetValueOrDefault(nodeId) : null;
            if (SearchDocuments.Of(gap, node, town) is { } document)
            {
                upserts.Add(document);
            }
            else
            {
                deletes.Add(EnterprisesSearchSchema.IdTerm(gap.Id));
            }
        }

        return new SearchIndexChanges<SearchDocument>(upserts, deletes);
    }

    private async Task<TownPlace?> PlaceAsync(Guid townId, TownPlace? heard, CancellationToken cancellationToken)
    {
        var entry = await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.TownId == townId, cancellationToken);
        var known = entry is null ? null : SearchDocuments.Place(entry);
        return heard is not null && (known is null || heard.AsOf > known.AsOf) ? heard : known;
    }
}
