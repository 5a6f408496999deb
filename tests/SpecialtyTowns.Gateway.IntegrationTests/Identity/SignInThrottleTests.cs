using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SpecialtyTowns.Gateway.Identity;

namespace SpecialtyTowns.Gateway.IntegrationTests.Identity;

[Collection(RedisCollection.Name)]
public sealed class SignInThrottleTests(RedisFixture fixture)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
    private readonly string _email = $"victim-{Guid.NewGuid():N}@example.com";
    private readonly string _attacker = "attacker-" + Guid.NewGuid().ToString("N");
    private readonly string _owner = "owner-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task WaitAsync_WhenAnotherClientFailedOnTheAccount_LetsTheOwnersClientThrough()
    {
        var throttle = Create();
        await FailAsync(throttle, _email, _attacker, times: 20);

        var attackerWait = await throttle.WaitAsync(_email, _attacker);
        var ownerWait = await throttle.WaitAsync(_email, _owner);

        Assert.True(attackerWait > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, ownerWait);
    }

    [Fact]
    public async Task WaitAsync_WhenFailuresGoOnAfterEachDelay_WaitsTwiceAsLong()
    {
        var throttle = Create();
        await FailAsync(throttle, _email, _attacker, times: 3);
        var first = await throttle.WaitAsync(_email, _attacker);
        _clock.Advance(first);
        var allowedAgain = await throttle.WaitAsync(_email, _attacker);

        await throttle.FailedAsync(_email, _attacker);
        var second = await throttle.WaitAsync(_email, _attacker);

        Assert.Equal(TimeSpan.FromSeconds(10), first);
        Assert.Equal(TimeSpan.Zero, allowedAgain);
        Assert.Equal(TimeSpan.FromSeconds(20), second);
    }

    [Fact]
    public async Task WaitAsync_WhenOneClientFailsOnManyEmails_ThrottlesThatClientForEveryEmail()
    {
        var throttle = Create();
        for (var i = 0; i < 10; i++)
        {
            await throttle.FailedAsync($"guess-{i}-{_email}", _attacker);
        }

        TimeSpan[] waits = [await throttle.WaitAsync(_email, _attacker), await throttle.WaitAsync(_email, _owner)];

        Assert.Equal([true, false], waits.Select(wait => wait > TimeSpan.Zero));
    }

    [Fact]
    public async Task SucceededAsync_WhenTheRightPasswordFollowsFailures_ClearsThatClientsCount()
    {
        var throttle = Create();
        await FailAsync(throttle, _email, _owner, times: 2);

        await throttle.SucceededAsync(_email, _owner);
        await throttle.FailedAsync(_email, _owner);
        var wait = await throttle.WaitAsync(_email, _owner);

        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public async Task WaitAsync_WhenEmailDiffersOnlyInCaseAndSpaces_CountsTheSameAccount()
    {
        var throttle = Create();
        await FailAsync(throttle, "  " + _email.ToUpperInvariant(), _attacker, times: 3);

        var wait = await throttle.WaitAsync(_email, _attacker);

        Assert.True(wait > TimeSpan.Zero);
    }

    private static async Task FailAsync(SignInThrottle throttle, string email, string client, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await throttle.FailedAsync(email, client);
        }
    }

    private SignInThrottle Create() => new(
        fixture.Redis,
        Options.Create(new SignInThrottleOptions
        {
            PerAccountAndClient = new SignInThrottleRule { FreeFailures = 3, FirstDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(5), Memory = TimeSpan.FromMinutes(10) },
            PerClient = new SignInThrottleRule { FreeFailures = 8, FirstDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(5), Memory = TimeSpan.FromMinutes(10) },
        }),
        _clock,
        NullLogger<SignInThrottle>.Instance);
}
