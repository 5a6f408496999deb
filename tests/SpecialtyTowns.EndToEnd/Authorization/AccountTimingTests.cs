using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// Registration and sign-in take the same time whatever the account's state. Before the
/// answers were padded, the gaps were 70-90 ms (a password hash skipped); medians of 21
/// interleaved samples after warm-up stay within a few milliseconds of each other even on a
/// loaded two-core machine, so a 10 ms bound catches a skipped hash without flaking. The
/// sample count keeps each test near 30 s at the gateway's answer floors (350 and 600 ms).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class AccountTimingTests(SystemFixture fixture, ITestOutputHelper output)
{
    private const int WarmUp = 2;
    private const int Samples = 21;
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(10);

    [Fact]
    public async Task Register_WhenEmailExistsOrIsNew_AnswersInTheSameTime()
    {
        var existing = World.Email("timing");
        Assert.Equal(HttpStatusCode.Created, await RegisterStatusAsync(existing));

        var medians = await MedianTimesAsync(
            ("existing", _ => RegisterStatusAsync(existing), HttpStatusCode.Created),
            ("new", _ => RegisterStatusAsync(World.Email("timing")), HttpStatusCode.Created));

        AssertAlike(medians);
    }

    [Fact]
    public async Task Login_WhenEmailUnknownPasswordWrongThrottledOrPending_AnswersInTheSameTime()
    {
        var active = World.Email("timing");
        var throttled = World.Email("timing");
        var pending = World.Email("timing");
        await RegisterStatusAsync(active);
        await RegisterStatusAsync(throttled);
        using (await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/register", new { email = pending, password = World.Password, role = "organizer" }))
        {
        }

        using var throttledClient = ClientAddress.From(fixture.System.GatewayAddress, "127.0.0.9");
        for (var i = 0; i < 5; i++)
        {
            await LoginStatusAsync(throttledClient, throttled, "wrong-password-" + i);
        }

        // One client per round, so that wrong passwords from a round never throttle the next.
        var clients = Enumerable.Range(1, WarmUp + Samples).Select(i => ClientAddress.From(fixture.System.GatewayAddress, $"127.0.1.{i}")).ToList();
        try
        {
            var medians = await MedianTimesAsync(
                ("unknown email", round => LoginStatusAsync(clients[round], World.Email("nobody"), World.Password), HttpStatusCode.Unauthorized),
                ("wrong password", round => LoginStatusAsync(clients[round], active, "wrong-password-1"), HttpStatusCode.Unauthorized),
                ("throttled", _ => LoginStatusAsync(throttledClient, throttled, World.Password), HttpStatusCode.TooManyRequests),
                ("pending", round => LoginStatusAsync(clients[round], pending, World.Password), HttpStatusCode.Forbidden));

            AssertAlike(medians);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private void AssertAlike(IReadOnlyDictionary<string, TimeSpan> medians)
    {
        var spread = medians.Values.Max() - medians.Values.Min();
        var report = string.Join(", ", medians.Select(m => $"{m.Key} {m.Value.TotalMilliseconds:F1} ms"));
        output.WriteLine("Median answer times: " + report);
        Assert.True(spread <= Tolerance, $"Median answer times differ by {spread.TotalMilliseconds:F1} ms: {report}");
    }

    /// <summary>Interleaves the kinds, each round starting with another, and checks every answer's status.</summary>
    private static async Task<IReadOnlyDictionary<string, TimeSpan>> MedianTimesAsync(params (string Name, Func<int, Task<HttpStatusCode>> Send, HttpStatusCode Expected)[] kinds)
    {
        var times = kinds.ToDictionary(k => k.Name, _ => new List<TimeSpan>());
        for (var round = 0; round < WarmUp + Samples; round++)
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                var (name, send, expected) = kinds[(round + k) % kinds.Length];
                var started = Stopwatch.GetTimestamp();
                var status = await send(round);
                var elapsed = Stopwatch.GetElapsedTime(started);
                Assert.Equal(expected, status);
                if (round >= WarmUp)
                {
                    times[name].Add(elapsed);
                }
            }
        }

        return times.ToDictionary(t => t.Key, t => t.Value.Order().ElementAt(t.Value.Count / 2));
    }

    private async Task<HttpStatusCode> RegisterStatusAsync(string email)
    {
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/register", new { email, password = World.Password, role = "investor" });
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> LoginStatusAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        return response.StatusCode;
    }
}
