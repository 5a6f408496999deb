using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles;
using SpecialtyTowns.Messaging.Extensions;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Messaging;

public sealed class StableEndpointNameFormatterTests
{
    private readonly StableEndpointNameFormatter _formatter = new("leads");

    [Fact]
    public void Consumer_WhenInboxConsumerDeclaresAQueue_ReturnsThatQueueWhateverTheClassIsCalled()
    {
        var queue = _formatter.Consumer<DirectoryRefresher>();

        Assert.Equal("leads-directory", queue);
    }

    [Fact]
    public void Consumer_WhenQueueKeepsItsEarlierName_MatchesWhatTheClassNameGaveBefore()
    {
        var earlier = new KebabCaseEndpointNameFormatter("leads", includeNamespace: false);

        var queue = _formatter.Consumer<TownRegisteredConsumer>();

        Assert.Equal("leads-town-registered", queue);
        Assert.Equal(earlier.Consumer<TownRegisteredConsumer>(), queue);
    }

    [Fact]
    public void Consumer_WhenInboxConsumerDeclaresNoName_ThrowsNamingTheClass()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => _formatter.Consumer<UnnamedConsumer>());

        Assert.Contains(nameof(UnnamedConsumer), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_WhenNotAnInboxConsumer_NamesItInKebabCaseAfterTheService()
    {
        var queue = _formatter.Consumer<CacheRefreshConsumer>();

        Assert.Equal("leads-cache-refresh", queue);
    }

    [Fact]
    public void IsInboxConsumer_WhenTypeDerivesFromInboxConsumer_ReturnsTrueAndOtherwiseFalse()
    {
        Assert.True(InboxConsumerAttribute.IsInboxConsumer(typeof(DirectoryRefresher)));
        Assert.False(InboxConsumerAttribute.IsInboxConsumer(typeof(CacheRefreshConsumer)));
        Assert.False(InboxConsumerAttribute.IsInboxConsumer(typeof(InboxConsumer<DbContext, SampleMessage>)));
    }

    [InboxConsumer("leads.directory.sample-message", "leads-directory")]
    private sealed class DirectoryRefresher(DbContext db) : InboxConsumer<DbContext, SampleMessage>(db, NullLogger.Instance)
    {
        protected override Task HandleAsync(ConsumeContext<SampleMessage> context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [InboxConsumer("leads.town-directory.town-registered", "leads-town-registered")]
    private sealed class TownRegisteredConsumer(DbContext db) : InboxConsumer<DbContext, SampleMessage>(db, NullLogger.Instance)
    {
        protected override Task HandleAsync(ConsumeContext<SampleMessage> context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class UnnamedConsumer(DbContext db) : InboxConsumer<DbContext, SampleMessage>(db, NullLogger.Instance)
    {
        protected override Task HandleAsync(ConsumeContext<SampleMessage> context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class CacheRefreshConsumer : IConsumer<SampleMessage>
    {
        public Task Consume(ConsumeContext<SampleMessage> context) => Task.CompletedTask;
    }
}
