using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Application.Investors;
using SpecialtyTowns.Leads.Consumers;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Leads.Infrastructure.FollowUps;
using SpecialtyTowns.Messaging.Extensions;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.ServiceDefaults.Extensions;

namespace SpecialtyTowns.Leads.Extensions;

public static class LeadsApplicationExtensions
{
    public static IHostApplicationBuilder AddLeadsApplication(this IHostApplicationBuilder builder)
    {
        builder.AddServiceAuthentication();
        builder.AddGrpcDefaults();
        builder.AddServiceDatabase<LeadsDbContext>("leads");
        builder.AddMessaging("leads", bus =>
        {
            bus.AddConsumer<TownRegisteredConsumer>();
            bus.AddConsumer<TownUpdatedConsumer>();
            bus.AddConsumer<ProjectPublishedConsumer>();
            bus.AddConsumer<ProjectUpdatedConsumer>();
            bus.AddConsumer<ProjectStatusChangedConsumer>();
            bus.AddConsumer<ProjectWithdrawnConsumer>();
            bus.AddConsumer<ChainGapPostedConsumer>();
            bus.AddConsumer<ChainGapUpdatedConsumer>();
            bus.AddConsumer<ChainGapFilledConsumer>();
            bus.AddConsumer<ChainGapWithdrawnConsumer>();
            bus.AddConsumer<ChainNodeChangedConsumer>();
            bus.AddConsumer<ExpoEventScheduledConsumer>();
            bus.AddConsumer<MeetingOutcomeRecordedConsumer>();
            bus.AddConsumer<ExpoParticipantDecidedConsumer>();
            bus.AddConsumer<ExpoParticipantWithdrewConsumer>();
        });
        builder.AddOutbox<LeadsDbContext>(MessageTypeRegistry.FromAssemblyOf<LeadCreated>());
        builder.Services.AddIdempotency<LeadsDbContext>();
        builder.Services.AddScoped<CreateLead>();
        builder.Services.AddScoped<CallerOrganisation>();
        builder.Services.AddScoped<TownEnteredOrganisations>();
        builder.Services.AddScoped<LeadDirectory>();
        builder.Services.AddScoped<LeadViews>();
        builder.Services.AddScoped<LeadEditing>();
        builder.Services.AddScoped<LeadDeals>();
        builder.Services.AddScoped<TownLostReasons>();
        builder.Services.AddScoped<GetLead>();
        builder.Services.AddScoped<ListLeads>();
        builder.Services.AddScoped<MoveLeadStage>();
        builder.Services.AddScoped<ReopenLead>();
        builder.Services.AddScoped<UpdateLead>();
        builder.Services.AddScoped<LeadAccess>();
        builder.Services.AddScoped<AddLeadActivity>();
        builder.Services.AddScoped<GetLeadTimeline>();
        builder.Services.AddScoped<ListFollowUps>();
        builder.Services.AddScoped<LostReasonsOfTown>();
        builder.Services.AddScoped<RaiseFollowUpAlerts>();
        builder.Services.AddHostedService<FollowUpAlertWorker>();
        builder.Services.AddScoped<LeadsUseCases>();
        builder.Services.AddScoped<LeadWorkUseCases>();
        builder.Services.AddScoped<GetTownDirectoryEntry>();
        builder.Services.AddScoped<RecordTownRegistered>();
        builder.Services.AddScoped<RecordTownUpdated>();
        builder.Services.AddScoped<RecordProject>();
        builder.Services.AddScoped<RecordGap>();
        builder.Services.AddScoped<RecordChainNode>();
        builder.Services.AddScoped<RecordExpoEvent>();
        builder.Services.AddScoped<ApplyExpoMeeting>();
        builder.Services.AddDeals();
        builder.Services.AddScoped<OrganisationVisibility>();
        builder.Services.AddScoped<GetMyOrganisation>();
        builder.Services.AddScoped<SaveMyOrganisation>();
        builder.Services.AddScoped<GetOrganisation>();
        builder.Services.AddScoped<FindOrganisations>();
        builder.AddFunnel();
        builder.Services.AddMatching();
        return builder;
    }
}
