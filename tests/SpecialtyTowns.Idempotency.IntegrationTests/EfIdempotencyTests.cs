using SpecialtyTowns.Idempotency.IntegrationTests.Fakes;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Idempotency.IntegrationTests;

[Collection(IdempotencyCollection.Name)]
public sealed class EfIdempotencyTests
{
    private static readonly Caller Alice = new(Guid.NewGuid().ToString(), Roles.Admin, null, null);
    private static readonly Caller Bob = new(Guid.NewGuid().ToString(), Roles.Admin, null, null);

    [Fact]
    public async Task ExecuteAsync_WhenRetriedSequentially_ReturnsTheFirstResultAndChangesNothingMore()
    {
        var command = NewCommand();

        var first = await IdempotencyFixture.CreateWidgetAsync(Alice, command);
        var second = await IdempotencyFixture.CreateWidgetAsync(Alice, command);

        Assert.Equal(first, second);
        Assert.Equal(1, await IdempotencyFixture.WidgetsAsync(command.Name));
        Assert.Equal(1, await IdempotencyFixture.OutboxRowsAsync(command.Name));
        Assert.Equal(1, await IdempotencyFixture.KeysAsync(command.RequestId!));
    }

    [Fact]
    public async Task ExecuteAsync_WhenEightCallsRaceWithOneKey_ChangesOnceAndAllGetTheSameResult()
    {
        var command = NewCommand();
        using var start = new ManualResetEventSlim();

        // The change lingers inside its transaction, so the others reach the key while it is held.
        var calls = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await IdempotencyFixture.CreateWidgetAsync(Alice, command, () => Task.Delay(300));
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(calls);

        Assert.Single(results.Distinct());
        Assert.Equal(1, await IdempotencyFixture.WidgetsAsync(command.Name));
        Assert.Equal(1, await IdempotencyFixture.OutboxRowsAsync(command.Name));
        Assert.Equal(1, await IdempotencyFixture.KeysAsync(command.RequestId!));
    }

    [Fact]
    public async Task ExecuteAsync_WhenAnotherCallerUsesTheSameKey_IsAnotherRequest()
    {
        var command = NewCommand();

        var alices = await IdempotencyFixture.CreateWidgetAsync(Alice, command);
        var bobs = await IdempotencyFixture.CreateWidgetAsync(Bob, command);

        Assert.NotEqual(alices, bobs);
        Assert.Equal(2, await IdempotencyFixture.WidgetsAsync(command.Name));
        Assert.Equal(2, await IdempotencyFixture.OutboxRowsAsync(command.Name));
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheKeyIsReusedForOtherContent_ThrowsConflictAndChangesNothing()
    {
        var command = NewCommand();
        await IdempotencyFixture.CreateWidgetAsync(Alice, command);
        var other = command with { Name = command.Name + "-other" };

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => IdempotencyFixture.CreateWidgetAsync(Alice, other));

        Assert.Contains(command.RequestId!, conflict.Message, StringComparison.Ordinal);
        Assert.Contains("other content", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(0, await IdempotencyFixture.WidgetsAsync(other.Name));
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheKeyIsReusedForAnotherOperation_ThrowsConflictNamingBoth()
    {
        var command = NewCommand();
        await IdempotencyFixture.CreateWidgetAsync(Alice, command);

        var conflict = await Assert.ThrowsAsync<ConflictException>(
            () => IdempotencyFixture.CreateWidgetAsync(Alice, command, operation: "RenameWidget"));

        Assert.Contains("CreateWidget", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("RenameWidget", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(1, await IdempotencyFixture.WidgetsAsync(command.Name));
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheFirstAttemptFails_LeavesNoKeyAndTheRetryExecutes()
    {
        var command = NewCommand();

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => IdempotencyFixture.CreateWidgetAsync(Alice, command, () => throw new InvalidOperationException("boom")));
        var retried = await IdempotencyFixture.CreateWidgetAsync(Alice, command);

        Assert.NotEqual(Guid.Empty, retried);
        Assert.Equal(1, await IdempotencyFixture.WidgetsAsync(command.Name));
        Assert.Equal(1, await IdempotencyFixture.OutboxRowsAsync(command.Name));
    }

    [Fact]
    public async Task ExecuteAsync_WhenTheFirstFailsWhileADuplicateWaits_TheDuplicateExecutes()
    {
        var command = NewCommand();
        using var claimed = new SemaphoreSlim(0);

        var failing = IdempotencyFixture.CreateWidgetAsync(Alice, command, async () =>
        {
            claimed.Release();
            await Task.Delay(300);
            throw new InvalidOperationException("boom");
        });
        await claimed.WaitAsync();
        var waiting = IdempotencyFixture.CreateWidgetAsync(Alice, command);

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.NotEqual(Guid.Empty, await waiting);
        Assert.Equal(1, await IdempotencyFixture.WidgetsAsync(command.Name));
    }

    [Fact]
    public async Task ExecuteAsync_WithoutRequestId_ExecutesEveryTime()
    {
        var command = NewCommand() with { RequestId = "  " };

        var first = await IdempotencyFixture.CreateWidgetAsync(Alice, command);
        var second = await IdempotencyFixture.CreateWidgetAsync(Alice, command);

        Assert.NotEqual(first, second);
        Assert.Equal(2, await IdempotencyFixture.WidgetsAsync(command.Name));
        Assert.Equal(0, await IdempotencyFixture.KeysAsync(command.RequestId!));
    }

    private static CreateWidget NewCommand() => new(Guid.NewGuid().ToString(), "widget-" + Guid.NewGuid().ToString("N"));
}
