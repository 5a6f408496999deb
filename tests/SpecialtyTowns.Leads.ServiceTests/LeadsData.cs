extern alias leads;

using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;
using LeadsDbContext = leads::SpecialtyTowns.Leads.Infrastructure.LeadsDbContext;
using Organisation = leads::SpecialtyTowns.Leads.Domain.Investors.InvestorOrganisation;
using OrganisationMember = leads::SpecialtyTowns.Leads.Domain.Investors.OrganisationMember;
using OrganisationProfile = leads::SpecialtyTowns.Leads.Domain.Investors.OrganisationProfile;
using ProjectEntry = leads::SpecialtyTowns.Leads.Domain.Directory.ProjectEntry;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>
/// Each test's own data: towns announced as Towns would, investors with an organisation (as
/// InvestorsService leaves them), projects in the directory, and leads worked to a stage.
/// </summary>
public sealed class LeadsData(LeadsHost host)
{
    private static readonly TimeSpan ConsumeDelay = TimeSpan.FromSeconds(20);

    public static string Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime).ToString("yyyy-MM-dd");

    public static string DaysFromToday(int days) => DateOnly.ParseExact(Today, "yyyy-MM-dd").AddDays(days).ToString("yyyy-MM-dd");

    public LeadsService.LeadsServiceClient Client(TestCaller? caller) => host.Client<LeadsService.LeadsServiceClient>(caller);

    public static TownRegistered Registered() => new(
        Guid.NewGuid(),
        "测试镇 " + Guid.NewGuid().ToString("N")[..8],
        "Test Town",
        "太原市",
        "清徐县",
        "provincial",
        "specialty-light-industry",
        "老陈醋",
        new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    /// <summary>A town the Towns service announced, once Leads has taken it into its directory.</summary>
    public async Task<Guid> KnownTownAsync()
    {
        var registered = Registered();
        await host.PublishAsync(registered);
        await Eventually.FoundAsync(
            () => Client(TestCaller.Anonymous()).GetTownDirectoryEntryAsync(new GetTownDirectoryEntryRequest { TownId = registered.TownId.ToString() }).ResponseAsync,
            ConsumeDelay,
            $"town {registered.TownId} in the leads directory");
        return registered.TownId;
    }

    /// <summary>An investor account of a new organisation of its own.</summary>
    public async Task<(TestCaller Investor, Guid OrganisationId)> InvestorAsync(string? name = null, string? creditCode = null)
    {
        var investor = TestCaller.Investor();
        await using var scope = host.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeadsDbContext>();
        var profile = new OrganisationProfile { Name = name ?? "测试投资 " + Guid.NewGuid().ToString("N")[..10] + " 有限公司", UnifiedSocialCreditCode = creditCode, ConsentToContact = true };
        var organisation = Organisation.Register(profile, DateTimeOffset.UtcNow);
        db.Organisations.Add(organisation);
        db.OrganisationMembers.Add(OrganisationMember.Join(Guid.Parse(investor.Subject), organisation.Id, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return (investor, organisation.Id);
    }

    public async Task<Guid> ProjectAsync(Guid townId, string status = "published")
    {
        await using var scope = host.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeadsDbContext>();
        var project = ProjectEntry.From(Guid.NewGuid(), townId, "测试项目 " + Guid.NewGuid().ToString("N")[..6], status, "C3311", 100_000_00, 500_000_00, DateTimeOffset.UtcNow);
        db.ProjectDirectory.Add(project);
        await db.SaveChangesAsync();
        return project.ProjectId;
    }

    /// <summary>An investor's lead in a new town.</summary>
    public async Task<(Guid TownId, TestCaller Investor, Lead Lead)> LeadAsync()
    {
        var townId = await KnownTownAsync();
        var (investor, _) = await InvestorAsync();
        var lead = await Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "想投资" });
        return (townId, investor, lead);
    }

    /// <summary>Moves a lead as its town, with the given fields, expecting success.</summary>
    public Task<Lead> MoveAsync(Lead lead, string stage, StageFields fields) =>
        Client(TestCaller.Town(Guid.Parse(lead.TownId))).MoveLeadStageAsync(new MoveLeadStageRequest { Id = lead.Id, ExpectedVersion = lead.Version, Stage = stage, Fields = fields }).ResponseAsync;

    /// <summary>Fields that satisfy every stage's requirements (what a move to each needs, all at once).</summary>
    public static StageFields Complete() => new()
    {
        NextAction = "回访 follow up",
        NextActionDue = DaysFromToday(7),
        VisitOn = DaysFromToday(3),
        ExpectedAmountFen = 300_000_000,
        HasExpectedAmount = true,
        AmountFen = 250_000_000,
        HasAmount = true,
        SignedOn = Today,
        ContractReference = "HT-2026-001",
        PlannedStartOn = DaysFromToday(60),
        RegisteredCompany = "测试新材料有限公司",
        RegisteredOn = Today,
        ConstructionStartedOn = Today,
        ProductionStartedOn = Today,
        LostReason = "no-budget",
    };

    public static async Task<RpcException> RefusedAsync(string rule, Func<Task> call)
    {
        var exception = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, call);
        Assert.Equal(rule, exception.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
        return exception;
    }
}
