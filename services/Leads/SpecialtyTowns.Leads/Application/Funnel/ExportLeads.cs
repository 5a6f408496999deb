using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>
/// Every lead of the caller's scope matching the filter (as ListLeads: the same scope, filter and order), read in
/// batches so a town's whole history streams in constant memory.
/// </summary>
public sealed class ExportLeads(ListLeads list, LeadViews views)
{
    private const int BatchSize = 500;

    public async IAsyncEnumerable<LeadView> ExecuteAsync(LeadFilter filter, Caller caller, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scope = await list.ScopeAsync(caller, cancellationToken);
        var query = ListLeads.Ordered(list.Query(scope, filter), filter.OrderBy);
        for (var offset = 0; ; offset += BatchSize)
        {
            var leads = await query.Skip(offset).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var view in await views.ManyAsync(leads, scope, cancellationToken))
            {
                yield return view;
            }

            if (leads.Count < BatchSize)
            {
                yield break;
            }
        }
    }
}
