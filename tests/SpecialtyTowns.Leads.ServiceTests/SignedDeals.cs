extern alias leads;

using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.TestKit;
using Deal = leads::SpecialtyTowns.Leads.Domain.Deals.Deal;
using InvestorOrganisation = leads::SpecialtyTowns.Leads.Domain.Investors.InvestorOrganisation;
using Lead = leads::SpecialtyTowns.Leads.Domain.Pipeline.Lead;
using LeadDraft = leads::SpecialtyTowns.Leads.Domain.Pipeline.LeadDraft;
using LeadSource = leads::SpecialtyTowns.Leads.Domain.Pipeline.LeadSource;
using LeadsDbContext = leads::SpecialtyTowns.Leads.Infrastructure.LeadsDbContext;
using LeadStage = leads::SpecialtyTowns.Leads.Domain.Pipeline.LeadStage;
using OrganisationMember = leads::SpecialtyTowns.Leads.Domain.Investors.OrganisationMember;
using OrganisationProfile = leads::SpecialtyTowns.Leads.Domain.Investors.OrganisationProfile;
using StageFields = leads::SpecialtyTowns.Leads.Domain.Pipeline.StageFields;
using TownDirectoryEntry = leads::SpecialtyTowns.Leads.Domain.Directory.TownDirectoryEntry;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>
/// Signed deals of a test's own, made through the domain and saved in the service's database, as moving a
/// lead to signed makes them: a town, an investor organisation with one member account, a lead and its deal.
/// </summary>
internal sealed record SignedDeals(Guid TownId, TestCaller Town, TestCaller Investor, Guid OrganisationId, string OrganisationName, Guid DealId, long AmountFen)
{
    public static async Task<SignedDeals> SignAsync(LeadsHost host, long amountFen = 500_000_000, DateOnly? signedOn = null, DateOnly? plannedStartOn = null, Guid? townId = null)
    {
        var now = DateTimeOffset.UtcNow;
        var town = townId ?? Guid.CreateVersion7();
        var investor = TestCaller.Investor();
        var name = "晋商投资 " + Guid.NewGuid().ToString("N")[..8];
        await using var db = Context(host);
        if (townId is null)
        {
            db.TownDirectory.Add(TownDirectoryEntry.Registered(town, "签约测试镇 " + town.ToString("N")[..6], "法兰", "advanced-manufacturing", "忻州市", now, now));
        }

        var organisation = InvestorOrganisation.Register(new OrganisationProfile { Name = name }, now);
        db.Organisations.Add(organisation);
        db.OrganisationMembers.Add(OrganisationMember.Join(Guid.Parse(investor.Subject), organisation.Id, now));
        var lead = Lead.Create(new LeadDraft(organisation.Id, town, null, null, LeadSource.Inbound, Guid.Parse(investor.Subject), null, null, "想投资法兰生产线", null, "回访", null), "test", now);
        db.Leads.Add(lead);
        var deal = Deal.Sign(lead, Fields(amountFen, signedOn, plannedStartOn), now);
        db.Deals.Add(deal);
        await db.SaveChangesAsync();
        return new SignedDeals(town, TestCaller.Town(town), investor, organisation.Id, name, deal.Id, amountFen);
    }

    /// <summary>Dates construction started on the deal, as the lead's move to construction-started does.</summary>
    public static async Task StartConstructionAsync(LeadsHost host, Guid dealId, DateOnly on)
    {
        await using var db = Context(host);
        var deal = await db.Deals.SingleAsync(d => d.Id == dealId);
        deal.Record(LeadStage.ConstructionStarted, new StageFields { ConstructionStartedOn = on });
        await db.SaveChangesAsync();
    }

    public static async Task TerminateAsync(LeadsHost host, Guid dealId)
    {
        await using var db = Context(host);
        var deal = await db.Deals.SingleAsync(d => d.Id == dealId);
        deal.Terminate(DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static StageFields Fields(long amountFen, DateOnly? signedOn, DateOnly? plannedStartOn) => new()
    {
        AmountFen = amountFen,
        SignedOn = signedOn ?? Today.AddDays(-30),
        ContractReference = "HT-" + Guid.NewGuid().ToString("N")[..8],
        Parties = ["开发区管委会"],
        PlannedStartOn = plannedStartOn ?? Today.AddDays(60),
    };

    private static LeadsDbContext Context(LeadsHost host) =>
        new(new DbContextOptionsBuilder<LeadsDbContext>().UseNpgsql(TestDatabase.ConnectionString(host.Database)).Options);
}
