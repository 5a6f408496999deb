using System.Net.Http.Json;
using System.Text.Json;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// The authorization rule of every route. A route the gateway publishes without a rule
/// here fails the matrix test, so a new route cannot ship without saying who may call it.
/// </summary>
public static class AuthorizationRules
{
    private static readonly Func<World, string, bool, Task<string>> NoId = (_, _, _) => Task.FromResult(string.Empty);
    private static readonly Func<World, string, bool, Task<object?>> NoBody = (_, _, _) => Task.FromResult<object?>(null);

    // Towns and admins read any organisation (contacts are the service's concern); an investor only its own (another's is 404).
    private static readonly Func<string, bool, int> InvestorOrganisationRule = (actor, owned) => actor switch
    {
        Actor.Anonymous => 401,
        Actor.Admin or Actor.Town => 200,
        Actor.Investor => owned ? 200 : 404,
        _ => 403,
    };

    // Investors give feedback on any offer; a town on its own offers, an enterprise on its own gaps; admins on any.
    private static readonly Func<string, bool, int> FeedbackRule = (actor, owned) => actor switch
    {
        Actor.Anonymous => 401,
        Actor.Admin or Actor.Investor => 200,
        Actor.Town or Actor.Enterprise => owned ? 200 : 403,
        _ => 403,
    };

    public static IReadOnlyDictionary<string, RouteRule> For(SystemFixture fixture) => new Dictionary<string, RouteRule>
    {
        ["POST /api/v1/auth/register"] = new(RouteRule.Public(201), NoId,
            (_, _, _) => Task.FromResult<object?>(new { email = World.Email("new"), password = World.Password, role = "investor" })),
        ["POST /api/v1/auth/login"] = new(RouteRule.Public(200), NoId,
            (w, _, _) => Task.FromResult<object?>(new { email = w.InvestorEmail, password = World.Password })),
        ["POST /api/v1/auth/refresh"] = new(RouteRule.Public(200), NoId,
            async (w, _, _) => new { refreshToken = await FreshRefreshTokenAsync(fixture, w) }),
        ["POST /api/v1/auth/logout"] = new(RouteRule.SignedIn(204), NoId,
            async (w, _, _) => new { refreshToken = await FreshRefreshTokenAsync(fixture, w) }),
        ["GET /api/v1/auth/me"] = new(RouteRule.SignedIn(200), NoId, NoBody),
        ["GET /api/v1/accounts/pending"] = new(RouteRule.RolesOnly(200, Actor.Admin, Actor.Town), NoId, NoBody),
        ["POST /api/v1/accounts/{id}/approve"] = new(RouteRule.Owned(200, 404, Actor.Admin, Actor.Town),
            (w, _, owned) => w.PendingEnterpriseAccountAsync(owned ? w.EnterpriseA : w.EnterpriseB), NoBody),
        ["POST /api/v1/accounts/{id}/reject"] = new(RouteRule.Owned(200, 404, Actor.Admin, Actor.Town),
            (w, _, owned) => w.PendingEnterpriseAccountAsync(owned ? w.EnterpriseA : w.EnterpriseB), NoBody),
        ["POST /api/v1/towns"] = new(RouteRule.RolesOnly(201, Actor.Admin), NoId,
            (_, _, _) => Task.FromResult<object?>(new { name = "矩阵新镇" + Guid.NewGuid().ToString("N")[..10], category = "specialty-agriculture", mainIndustry = "黄花 daylily" })),
        ["GET /api/v1/towns"] = new(RouteRule.Public(200), NoId, NoBody),
        ["GET /api/v1/towns/{id}"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.TownA), NoBody),
        ["GET /api/v1/towns/{id}/projects"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.TownA), NoBody),
        ["PATCH /api/v1/towns/{id}"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town),
            (w, _, owned) => Task.FromResult(owned ? w.TownA : w.TownB),
            (_, _, _) => Task.FromResult<object?>(new { city = "忻州 Xinzhou" })),
        ["POST /api/v1/enterprises"] = new(RouteRule.Owned(201, 403, Actor.Admin, Actor.Town), NoId,
            (w, _, owned) => Task.FromResult<object?>(World.EnterpriseBody(w.TownOf(owned)))),
        ["GET /api/v1/enterprises/{id}"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.EnterpriseA), NoBody),
        ["PUT /api/v1/enterprises/{id}"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town, Actor.Enterprise),
            (w, _, owned) => Task.FromResult(w.EnterpriseOf(owned)),
            (w, _, owned) => Task.FromResult<object?>(World.EnterpriseBody(w.TownOf(owned)))),
        ["GET /api/v1/towns/{id}/enterprises"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.TownA), NoBody),
        ["GET /api/v1/towns/{id}/chain"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.TownA), NoBody),
        ["POST /api/v1/towns/{id}/chain/nodes"] = new(RouteRule.Owned(201, 403, Actor.Admin, Actor.Town),
            (w, _, owned) => Task.FromResult(w.TownOf(owned)),
            (w, _, owned) => Task.FromResult<object?>(World.ChainNodeBody(w.EnterpriseOf(owned)))),
        ["PUT /api/v1/chain-nodes/{id}"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town),
            (w, _, owned) => Task.FromResult(w.NodeOf(owned)),
            (w, _, owned) => Task.FromResult<object?>(World.ChainNodeBody(w.EnterpriseOf(owned)))),
        ["DELETE /api/v1/chain-nodes/{id}"] = new(RouteRule.Owned(204, 403, Actor.Admin, Actor.Town),
            (w, _, owned) => w.ChainNodeAsync(owned), NoBody),
        ["POST /api/v1/chain-gaps"] = new(RouteRule.Owned(201, 403, Actor.Admin, Actor.Town, Actor.Enterprise), NoId,
            (w, role, owned) => Task.FromResult<object?>(World.ChainGapBody(w.TownOf(owned), role == Actor.Enterprise ? null : w.NodeOf(owned)))),
        ["GET /api/v1/chain-gaps/{id}"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.GapA), NoBody),
        ["GET /api/v1/enterprises"] = new(RouteRule.Public(200), (_, _, _) => Task.FromResult("?q=%E6%B3%95%E5%85%B0"), NoBody),
        ["GET /api/v1/chain-gaps"] = new(RouteRule.Public(200), (_, _, _) => Task.FromResult("?q=%E6%B3%95%E5%85%B0"), NoBody),
        ["GET /api/v1/enterprises/suggestions"] = new(RouteRule.Public(200), (_, _, _) => Task.FromResult("?prefix=%E6%B3%95"), NoBody),
        ["GET /api/v1/chain-gaps/{id}/fillers"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.GapA), NoBody),
        ["GET /api/v1/enterprises/{id}/gap-matches"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.EnterpriseA), NoBody),
        ["PUT /api/v1/chain-gaps/{id}"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town, Actor.Enterprise),
            (w, role, owned) => Task.FromResult(w.GapFor(role, owned)),
            (w, role, owned) => Task.FromResult<object?>(World.ChainGapBody(w.TownOf(owned), role == Actor.Enterprise ? null : w.NodeOf(owned)))),
        ["POST /api/v1/chain-gaps/{id}/status"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town, Actor.Enterprise),
            (w, role, owned) => w.OpenGapAsync(role, owned),
            (_, _, _) => Task.FromResult<object?>(new { status = "in-talks", note = "矩阵洽谈 matrix talks" })),
        ["GET /api/v1/chain-gaps/{id}/history"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town, Actor.Enterprise),
            (w, role, owned) => Task.FromResult(w.GapFor(role, owned)), NoBody),
        ["GET /api/v1/towns/{id}/chain-gaps"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.TownA), NoBody),
        ["GET /api/v1/enterprises/{id}/chain-gaps"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.EnterpriseA), NoBody),
        ["POST /api/v1/projects"] = new(RouteRule.Owned(201, 403, Actor.Admin, Actor.Town), NoId,
            (w, _, owned) => Task.FromResult<object?>(World.ProjectBody(owned ? w.TownA : w.TownB))),
        ["GET /api/v1/projects"] = new(RouteRule.Public(200), NoId, NoBody),
        ["GET /api/v1/search/suggestions"] = new(RouteRule.Public(200), (_, _, _) => Task.FromResult("?prefix=%E6%B3%95"), NoBody),
        ["GET /api/v1/projects/{id}"] = new(RouteRule.Public(200), (w, _, owned) => Task.FromResult(owned ? w.ProjectA : w.ProjectB), NoBody),
        ["PUT /api/v1/projects/{id}"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town),
            (w, _, owned) => Task.FromResult(owned ? w.ProjectA : w.ProjectB),
            (w, _, owned) => Task.FromResult<object?>(World.ProjectBody(owned ? w.TownA : w.TownB))),
        ["POST /api/v1/projects/{id}/status"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town),
            (w, _, owned) => w.PublishedProjectAsync(owned ? w.TownA : w.TownB),
            (_, _, _) => Task.FromResult<object?>(new { status = "negotiating", note = "首轮洽谈" })),
        ["GET /api/v1/projects/{id}/history"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town),
            (w, _, owned) => Task.FromResult(owned ? w.ProjectA : w.ProjectB), NoBody),
        ["POST /api/v1/leads"] = new(World.CreateLeadRule, NoId, (w, role, owned) => w.CreateLeadBodyAsync(role, owned)),
        ["POST /api/v1/leads/{id}/stage"] = new(RouteRule.Owned(200, 404, Actor.Admin, Actor.Town),
            (w, _, owned) => w.FreshLeadAsync(owned),
            (_, _, _) => Task.FromResult<object?>(new { stage = "contacted", nextAction = "再次拜访", nextActionDue = World.InDays(5) })),
        ["POST /api/v1/leads/{id}/reopen"] = new(RouteRule.Owned(200, 404, Actor.Admin, Actor.Town),
            (w, _, owned) => w.LostLeadAsync(owned), (_, _, _) => Task.FromResult<object?>(World.FollowUpFields())),
        ["PATCH /api/v1/leads/{id}"] = new(RouteRule.Owned(200, 404, Actor.Admin, Actor.Town),
            (w, _, owned) => Task.FromResult(owned ? w.LeadA : w.LeadB), (_, _, _) => Task.FromResult<object?>(World.FollowUpFields())),
        ["POST /api/v1/leads/{id}/activities"] = new(RouteRule.Owned(201, 404, Actor.Admin, Actor.Investor, Actor.Town),
            (w, _, owned) => Task.FromResult(owned ? w.LeadA : w.LeadB), (_, _, _) => Task.FromResult<object?>(new { kind = "call", text = "矩阵电话" })),
        ["GET /api/v1/leads/{id}/timeline"] = new(RouteRule.Owned(200, 404, Actor.Admin, Actor.Investor, Actor.Town),
            (w, _, owned) => Task.FromResult(owned ? w.LeadA : w.LeadB), NoBody),
        ["GET /api/v1/leads/follow-ups"] = new(RouteRule.RolesOnly(200, Actor.Admin, Actor.Town), (_, _, _) => Task.FromResult("?kind=due-today"), NoBody),
        ["GET /api/v1/leads/pipeline-rules"] = new(RouteRule.Public(200), NoId, NoBody),
        ["GET /api/v1/towns/{id}/lost-reasons"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town), (w, _, owned) => Task.FromResult(w.TownOf(owned)), NoBody),
        ["PUT /api/v1/towns/{id}/lost-reasons"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town), (w, _, owned) => Task.FromResult(w.TownOf(owned)),
            (_, _, _) => Task.FromResult<object?>(new { reasons = new[] { new { key = "budget-2027", name = "资金不足" }, new { key = "contact-lost-2", name = "失去联系" } } })),
        ["GET /api/v1/leads"] = new(RouteRule.RolesOnly(200, Actor.Admin, Actor.Investor, Actor.Town), NoId, NoBody),
        ["GET /api/v1/leads/{id}"] = new(RouteRule.Owned(200, 404, Actor.Admin, Actor.Investor, Actor.Town),
            (w, _, owned) => Task.FromResult(owned ? w.LeadA : w.LeadB), NoBody),
        ["GET /api/v1/deals"] = new(RouteRule.RolesOnly(200, Actor.Admin, Actor.Investor, Actor.Town), NoId, NoBody),
        ["GET /api/v1/deals/{id}"] = new(RouteRule.Owned(200, 404, Actor.Admin, Actor.Investor, Actor.Town),
            (w, role, owned) => w.DealFor(role, owned), NoBody),
        ["POST /api/v1/deals/{id}/funds"] = new(RouteRule.Owned(200, 404, Actor.Admin, Actor.Town),
            (w, _, owned) => w.DealFor(Actor.Town, owned),
            (_, _, _) => Task.FromResult<object?>(new { amountFen = 100_000, arrivedOn = World.InDays(0), note = "矩阵到资 matrix funds" })),
        ["GET /api/v1/deals/overdue-to-start"] = new(RouteRule.RolesOnly(200, Actor.Admin, Actor.Town), NoId, NoBody),
        ["GET /api/v1/investors/me"] = new(RouteRule.RolesOnly(200, Actor.Investor), NoId, NoBody),
        ["PUT /api/v1/investors/me"] = new(RouteRule.RolesOnly(200, Actor.Investor), NoId,
            (w, _, _) => Task.FromResult<object?>(World.InvestorProfileBody(w.OrganisationAName))),
        ["GET /api/v1/investors/{id}"] = new(InvestorOrganisationRule, (w, _, owned) => Task.FromResult(owned ? w.OrganisationA : w.OrganisationB), NoBody),
        ["GET /api/v1/investors"] = new(RouteRule.RolesOnly(200, Actor.Admin, Actor.Town), (_, _, _) => Task.FromResult("?q=%E7%9F%A9%E9%98%B5"), NoBody),
        ["GET /api/v1/recommendations/projects"] = new(RouteRule.RolesOnly(200, Actor.Admin, Actor.Investor), (w, role, _) => w.RecommendationQueryAsync(role), NoBody),
        ["GET /api/v1/recommendations/towns"] = new(RouteRule.RolesOnly(200, Actor.Admin, Actor.Investor), (w, role, _) => w.RecommendationQueryAsync(role), NoBody),
        ["GET /api/v1/recommendations/gaps"] = new(RouteRule.RolesOnly(200, Actor.Admin, Actor.Investor), (w, role, _) => w.RecommendationQueryAsync(role), NoBody),
        ["GET /api/v1/recommendations/investors"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town, Actor.Enterprise),
            (w, role, owned) => w.InvestorsQueryAsync(role, owned), NoBody),
        ["POST /api/v1/recommendations/feedback"] = new(FeedbackRule, NoId, (w, role, owned) => w.FeedbackBodyAsync(role, owned)),
        ["GET /api/v1/leads/funnel"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town),
            (w, _, owned) => Task.FromResult("?townId=" + w.TownOf(owned)), NoBody),
        ["GET /api/v1/leads/export.csv"] = new(RouteRule.RolesOnly(200, Actor.Admin, Actor.Investor, Actor.Town), NoId, NoBody),
        ["GET /api/v1/towns/{id}/targets/{year}"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Town),
            (w, _, owned) => Task.FromResult(w.TownOf(owned) + " 2026"), NoBody),
        ["PUT /api/v1/towns/{id}/targets/{year}"] = new(RouteRule.RolesOnly(200, Actor.Admin),
            (w, _, owned) => Task.FromResult(w.TownOf(owned) + " 2026"),
            (_, _, _) => Task.FromResult<object?>(new { signedAmountYuan = 500_000_000m })),
        ["GET /api/v1/leads/town-directory/{townId}"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.TownA), NoBody),
        ["GET /api/v1/expo/exhibitor-towns/{townId}"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.TownA), NoBody),
        ["POST /api/v1/expo/events"] = new(RouteRule.RolesOnly(201, Actor.Admin, Actor.Organizer), NoId,
            (_, _, _) => Task.FromResult<object?>(World.EventBody())),
        ["POST /api/v1/expo/schedules/solve"] = new(RouteRule.RolesOnly(200, Actor.Admin, Actor.Organizer), NoId,
            (_, _, _) => Task.FromResult<object?>(new { instance = ScheduleInstances.Small(), timeLimitSeconds = 2 })),
        ["GET /api/v1/expo/events/{id}"] = new(RouteRule.Public(200), (w, _, _) => Task.FromResult(w.EventA), NoBody),
        ["PATCH /api/v1/expo/events/{id}"] = new(RouteRule.Owned(200, 403, Actor.Admin, Actor.Organizer),
            (w, _, owned) => Task.FromResult(owned ? w.EventA : w.EventB),
            (_, _, _) => Task.FromResult<object?>(new { city = "太原 Taiyuan" })),

        // Scheduling runs: only the event's organizer (and admins); another organizer's event or run is 404.
        ["POST /api/v1/expo/events/{eventId}/schedule-runs"] = new(RouteRule.Owned(202, 404, Actor.Admin, Actor.Organizer),
            (w, _, owned) => w.FreshEventAsync(owned), (_, _, _) => Task.FromResult<object?>(new { timeLimitSeconds = 1 })),
        ["GET /api/v1/expo/events/{eventId}/schedule-runs"] = new(RouteRule.Owned(200, 404, Actor.Admin, Actor.Organizer),
            (w, _, owned) => Task.FromResult(owned ? w.EventA : w.EventB), NoBody),
        ["GET /api/v1/expo/schedule-runs/{id}"] = new(RouteRule.Owned(200, 404, Actor.Admin, Actor.Organizer), (w, _, owned) => w.RunFor(owned), NoBody),
        // The run is queued or failed (its event has no slots), never a draft: the owner's publish is refused with the rule.
        ["POST /api/v1/expo/schedule-runs/{id}/publish"] = new(RouteRule.Owned(409, 404, Actor.Admin, Actor.Organizer), (w, _, owned) => w.RunFor(owned), NoBody),
        ["POST /api/v1/expo/meetings/{meetingId}/lock"] = new(RouteRule.RolesOnly(404, Actor.Admin, Actor.Organizer),
            (_, _, _) => Task.FromResult(Guid.NewGuid().ToString()), NoBody),
        ["POST /api/v1/expo/meetings/{meetingId}/unlock"] = new(RouteRule.RolesOnly(404, Actor.Admin, Actor.Organizer),
            (_, _, _) => Task.FromResult(Guid.NewGuid().ToString()), NoBody),
    };

    private static async Task<string> FreshRefreshTokenAsync(SystemFixture fixture, World world)
    {
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/login", new { email = world.InvestorEmail, password = World.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString()!;
    }
}
