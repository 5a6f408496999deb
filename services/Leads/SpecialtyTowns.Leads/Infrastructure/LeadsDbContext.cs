using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Domain.Deals;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Expo;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Domain.Towns;
using SpecialtyTowns.Messaging.Extensions;

namespace SpecialtyTowns.Leads.Infrastructure;

public sealed class LeadsDbContext(DbContextOptions<LeadsDbContext> options) : DbContext(options)
{
    public DbSet<TownDirectoryEntry> TownDirectory => Set<TownDirectoryEntry>();

    public DbSet<ProjectEntry> ProjectDirectory => Set<ProjectEntry>();

    public DbSet<GapEntry> GapDirectory => Set<GapEntry>();

    public DbSet<ChainNodeEntry> ChainNodeDirectory => Set<ChainNodeEntry>();

    public DbSet<ExpoEventEntry> ExpoEventDirectory => Set<ExpoEventEntry>();

    public DbSet<ExpoParticipant> ExpoParticipants => Set<ExpoParticipant>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<LeadStageChange> LeadStageChanges => Set<LeadStageChange>();

    public DbSet<LeadActivity> LeadActivities => Set<LeadActivity>();

    public DbSet<FollowUpAlert> FollowUpAlerts => Set<FollowUpAlert>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<FundsArrival> FundsArrivals => Set<FundsArrival>();

    public DbSet<InvestorOrganisation> Organisations => Set<InvestorOrganisation>();

    public DbSet<OrganisationMember> OrganisationMembers => Set<OrganisationMember>();

    public DbSet<LostReason> LostReasons => Set<LostReason>();

    public DbSet<TownTarget> TownTargets => Set<TownTarget>();

    public DbSet<MatchMark> MatchMarks => Set<MatchMark>();

    public DbSet<MatchFeedback> MatchFeedback => Set<MatchFeedback>();

    public DbSet<MatchImpression> MatchImpressions => Set<MatchImpression>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
        modelBuilder.AddIdempotentRequests();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LeadsDbContext).Assembly);
    }
}
