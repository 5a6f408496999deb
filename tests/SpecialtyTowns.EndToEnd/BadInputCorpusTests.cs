using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpecialtyTowns.EndToEnd.Authorization;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.BadInput;

namespace SpecialtyTowns.EndToEnd;

/// <summary>
/// The bad-input corpus: for every route of the OpenAPI document, the cases
/// <see cref="BadInputCorpus"/> generates, sent by a caller the authorization rules let in (so
/// they reach validation), and checked by <see cref="BadInputVerdict"/>, plus nothing stored
/// from a refused request. Failures come as one message grouped by route and class, also
/// written to <c>.local/bad-input-corpus.txt</c>.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BadInputCorpusTests(SystemFixture fixture)
{
    // Bounded so the corpus stays within the 2-core budget and leaves room for the services.
    private const int Parallelism = 4;

    // Routes that document a larger body limit than the gateway's (SchedulesApi: expo-sized instances).
    private static readonly Dictionary<string, int> BodyLimits = new(StringComparer.Ordinal)
    {
        ["POST /api/v1/expo/schedules/solve"] = 16 * 1024 * 1024,
    };

    // Valid values for nested objects the authorization rules' requests leave out, where a value
    // made up from the schema alone would be refused (a key figure's unit is one of a list), so
    // that the cases inside them break only the one field they mean to break.
    private static readonly Dictionary<string, string> RicherBaselines = new(StringComparer.Ordinal)
    {
        ["PATCH /api/v1/towns/{id}"] = """
            {"keyFigures":[{"metric":"从业人员 employment","value":40000,"unit":"people","year":2024,"source":"语料 corpus","quote":"从业人员4万多"}],
             "contacts":[{"name":"张主任 Zhang","role":"招商 investment","phone":"13800138000","email":"zhang@example.cn"}]}
            """,
        ["POST /api/v1/expo/events/{eventId}/participants"] = """
            {"kind":"investor","name":"语料参会方 corpus",
             "attendees":[{"id":"0190a0a0-0000-7000-8000-000000000001","name":"王经理 Wang","title":"投资总监 director","enterpriseId":"0190a0a0-0000-7000-8000-000000000002","languages":["zh"]}]}
            """,
    };

    [Fact]
    public async Task EveryRoute_WhenSentBadInput_AnswersProblemDetailsNamingTheFieldAndStoresNothing()
    {
        var document = await fixture.Gateway.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var routes = OpenApiRoute.Read(document);
        var world = new World(fixture);
        await world.BuildAsync();
        var rules = AuthorizationRules.For(fixture);
        var run = "zq" + Guid.NewGuid().ToString("N")[..8];
        var failures = new ConcurrentDictionary<string, ConcurrentBag<string>>(StringComparer.Ordinal);
        var plans = new List<(Actor Caller, IReadOnlyList<BadInputCase> Cases)>();
        foreach (var (route, index) in routes.Select((route, index) => (route, index)))
        {
            if (!rules.TryGetValue(route.Key, out var rule))
            {
                Fail(failures, route.Key, "no authorization rule, so no caller to send the corpus as");
                continue;
            }

            // A route whose world answers even its owner with a refusal (publishing a run that is not a draft
            // yet: 409; locking a meeting the world does not have: 404) still validates its input first, so a
            // caller the route lets through sends the corpus.
            var caller = world.Actors[Actor.All.FirstOrDefault(actor => rule.Expected(actor, true) is >= 200 and < 300)
                ?? Actor.All.First(actor => rule.Expected(actor, true) is not (401 or 403))];
            var baseline = await BaselineAsync(route, rule, world, caller);
            plans.Add((caller, BadInputCorpus.For(route, baseline, $"{run}r{index}", BodyLimits.GetValueOrDefault(route.Key, BadInputCorpus.BodyLimitBytes))));
        }

        var answers = new ConcurrentDictionary<string, (BadInputCase Case, int Status)>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (plan, cancellation) =>
        {
            foreach (var badInput in plan.Cases)
            {
                int status;
                string? mediaType;
                string body;
                try
                {
                    (status, mediaType, body) = await SendAsync(plan.Caller.Client, badInput, cancellation);
                }
                catch (HttpRequestException exception)
                {
                    Fail(failures, badInput.Route, $"{badInput}: no answer ({exception.Message} {exception.InnerException?.Message})");
                    continue;
                }

                answers[badInput.Marker] = (badInput, status);
                if (BadInputVerdict.Check(badInput, status, mediaType, body) is { } problem)
                {
                    Fail(failures, badInput.Route, $"{badInput}: {problem}{Excerpt(status, body)}");
                }
            }
        });
        var sent = clock.Elapsed;

        foreach (var (marker, tables) in await StoredMarkers.FindAsync(fixture.System, run + "r[0-9]+c[0-9]+"))
        {
            if (answers.TryGetValue(marker, out var answer) && (answer.Case.MustBeRefused || answer.Status is < 200 or >= 300))
            {
                Fail(failures, answer.Case.Route, $"{answer.Case}: answered {answer.Status} but stored in {string.Join(", ", tables.Order())}");
            }
        }

        var report = Report(failures, answers.Count, sent);
        await File.WriteAllTextAsync(Path.Combine(RepoPaths.Root, ".local", "bad-input-corpus.txt"), report);
        Assert.Equal(routes.Count, plans.Count);
        Assert.All(plans, plan => Assert.NotEmpty(plan.Cases));
        Assert.True(failures.IsEmpty, report);
    }

    private static async Task<BadInputBaseline> BaselineAsync(OpenApiRoute route, RouteRule rule, World world, Actor caller)
    {
        var id = await rule.PathId(world, caller.Role, true);
        var body = await rule.Body(world, caller.Role, true) is { } request ? JsonSerializer.SerializeToNode(request, JsonSerializerOptions.Web) : null;
        if (body is JsonObject fields && RicherBaselines.TryGetValue(route.Key, out var richer))
        {
            foreach (var (name, value) in JsonNode.Parse(richer)!.AsObject())
            {
                fields[name] = value?.DeepClone();
            }
        }

        return new BadInputBaseline(id.StartsWith('?') ? string.Empty : id, id.StartsWith('?') ? id : string.Empty, body);
    }

    private static async Task<(int Status, string? MediaType, string Body)> SendAsync(HttpClient client, BadInputCase badInput, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(new HttpMethod(badInput.Method), badInput.Path);

        // As a client of large uploads should: the server can refuse before the body is sent,
        // instead of closing the connection under a client still writing it.
        request.Headers.ExpectContinue = badInput.Class == BadInputClass.OversizedBody;
        if (badInput.Body is not null)
        {
            request.Content = new ByteArrayContent(badInput.Body);
            if (badInput.ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(badInput.ContentType);
            }
        }

        using var response = await client.SendAsync(request, cancellation);
        var body = await response.Content.ReadAsStringAsync(cancellation);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    private static void Fail(ConcurrentDictionary<string, ConcurrentBag<string>> failures, string route, string failure) =>
        failures.GetOrAdd(route, _ => []).Add(failure);

    private static string Excerpt(int status, string body)
    {
        var flat = body.ReplaceLineEndings(" ");
        return status < 400 || flat.Length == 0 ? string.Empty : " — " + (flat.Length > 200 ? flat[..200] + "…" : flat);
    }

    private static string Report(ConcurrentDictionary<string, ConcurrentBag<string>> failures, int sent, TimeSpan elapsed)
    {
        var report = new StringBuilder();
        var count = failures.Values.Sum(f => f.Count);
        report.AppendLine($"{count} of {sent} bad-input cases failed on {failures.Count} routes (sent in {elapsed.TotalSeconds:F0} s)");
        foreach (var (route, routeFailures) in failures.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            report.AppendLine();
            report.AppendLine($"{route}: {routeFailures.Count} failures");
            foreach (var failure in routeFailures.Order(StringComparer.Ordinal))
            {
                report.AppendLine("  " + failure);
            }
        }

        return report.ToString();
    }
}
