using MassTransit;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Search.Hosting;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Enterprises.Infrastructure.Search;

/// <summary>
/// Keeps this replica's index current from the service's own events (enterprises, gaps) and Towns' (names, cities),
/// each re-reading its record from the database. Every replica has its own temporary queue, so each sees every event.
/// </summary>
public sealed class SearchIndexUpdater(SearchIndexRefresh refresh, SearchIndexUpdates<SearchDocument> updates) :
    IConsumer<EnterpriseRegistered>,
    IConsumer<EnterpriseUpdated>,
    IConsumer<ChainGapPosted>,
    IConsumer<ChainGapUpdated>,
    IConsumer<ChainGapFilled>,
    IConsumer<ChainGapWithdrawn>,
    IConsumer<ChainNodeChanged>,
    IConsumer<TownRegistered>,
    IConsumer<TownUpdated>
{
    public Task Consume(ConsumeContext<EnterpriseRegistered> context) => Enterprise(context.Message.EnterpriseId, context.CancellationToken);

    public Task Consume(ConsumeContext<EnterpriseUpdated> context) => Enterprise(context.Message.EnterpriseId, context.CancellationToken);

    public Task Consume(ConsumeContext<ChainGapPosted> context) => Gap(context.Message.GapId, context.CancellationToken);

    public Task Consume(ConsumeContext<ChainGapUpdated> context) => Gap(context.Message.GapId, context.CancellationToken);

    public Task Consume(ConsumeContext<ChainGapFilled> context) => Gap(context.Message.GapId, context.CancellationToken);

    public Task Consume(ConsumeContext<ChainGapWithdrawn> context) => Gap(context.Message.GapId, context.CancellationToken);

    public Task Consume(ConsumeContext<ChainNodeChanged> context) =>
        updates.ApplyAsync(ct => refresh.TownAsync(context.Message.TownId, heard: null, ct), context.CancellationToken);

    public Task Consume(ConsumeContext<TownRegistered> context)
    {
        var town = context.Message;
        return Town(town.TownId, new TownPlace(town.Name, town.City, town.RegisteredAt), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<TownUpdated> context)
    {
        var town = context.Message;
        return Town(town.TownId, new TownPlace(town.Name, town.City, town.UpdatedAt), context.CancellationToken);
    }

    private Task Enterprise(Guid id, CancellationToken cancellationToken) => updates.ApplyAsync(ct => refresh.EnterpriseAsync(id, ct), cancellationToken);

    private Task Gap(Guid id, CancellationToken cancellationToken) => updates.ApplyAsync(ct => refresh.GapAsync(id, ct), cancellationToken);

    private Task Town(Guid id, TownPlace heard, CancellationToken cancellationToken) => updates.ApplyAsync(ct => refresh.TownAsync(id, heard, ct), cancellationToken);
}
