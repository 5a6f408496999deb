using Grpc.Core;
using SpecialtyTowns.Leads.Application.Funnel;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Leads.Grpc;

/// <summary>ExportLeads, kept apart from the pipeline's RPCs: the CSV export's stream, with ListLeads' scope and filters.</summary>
public sealed partial class LeadsGrpcService
{
    private const int MaxExportStages = 10;

    public override async Task ExportLeads(ListLeadsRequest request, IServerStreamWriter<V1.Lead> responseStream, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var stages = new List<LeadStage>();
        var validator = new RequestValidator()
            .Must(request.Stages.Count <= MaxExportStages, "stages", $"at most {MaxExportStages} stages")
            .Guid("owner_id", request.OwnerId, required: false)
            .Guid("project_id", request.ProjectId, required: false)
            .Guid("gap_id", request.GapId, required: false)
            .Guid("organisation_id", request.OrganisationId, required: false)
            .Guid("town_id", request.TownId, required: false);
        foreach (var key in request.Stages)
        {
            validator.Must(LeadStageKeys.TryParse(key, out var stage), "stages", $"'{key}' is not a stage (one of {string.Join(", ", LeadStageKeys.All)})");
            stages.Add(stage);
        }

        validator.ThrowIfInvalid();
        var filter = new ExportFilter(stages, OptionalId(request.OwnerId), OptionalId(request.ProjectId), OptionalId(request.GapId), OptionalId(request.OrganisationId), OptionalId(request.TownId));
        // The export's use case is resolved per call, so the pipeline's constructor stays as it is.
        var export = context.GetHttpContext().RequestServices.GetRequiredService<ExportLeads>();
        await foreach (var exported in export.ExecuteAsync(filter, caller, context.CancellationToken))
        {
            await responseStream.WriteAsync(ToExportMessage(exported), context.CancellationToken);
        }
    }

    private static Guid? OptionalId(string value) => value.Length > 0 ? Guid.Parse(value) : null;

    private static V1.Lead ToExportMessage(ExportedLead exported)
    {
        var message = LeadMapper.ToMessage(exported.Lead);
        var lead = exported.Lead;
        message.OrganisationName = exported.OrganisationName;
        message.TownName = exported.TownName;
        message.LostFrom = lead.LostFrom is { } from ? LeadStageKeys.Of(from) : string.Empty;
        message.LostReason = lead.LostReason ?? string.Empty;
        message.ExpectedAmountFen = lead.ExpectedAmountFen ?? 0;
        message.Source = lead.Source == LeadSource.ExpoMeeting ? "expo-meeting" : lead.Source.ToString().ToLowerInvariant();
        if (exported.Works)
        {
            // The town's working fields, never the investor's to see.
            message.OwnerId = lead.OwnerId?.ToString() ?? string.Empty;
            message.OwnerName = lead.OwnerName ?? string.Empty;
            message.NextAction = lead.NextAction ?? string.Empty;
            message.NextActionDue = lead.NextActionDue?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }

        return message;
    }
}
