using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Consumers;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Leads.Infrastructure;
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
        builder.Services.AddScoped<LeadsUseCases>();
        builder.Services.AddScoped<GetTownDirectoryEntry>();
        builder.Services.AddScoped<RecordTownRegistered>();
        builder.Services.AddScoped<RecordTownUpdated>();
        builder.AddFunnel();
        return builder;
    }
}
