using Grpc.Core;
using SpecialtyTowns.Leads.Application.Funnel;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Leads.Grpc;

/// <summary>ExportLeads, kept apart from the pipeline's RPCs: the CSV export's stream, with ListLeads' scope, filter and order.</summary>
public sealed partial class LeadsGrpcService
{
    public override async Task ExportLeads(ListLeadsRequest request, IServerStreamWriter<V1.Lead> responseStream, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var validator = new RequestValidator();
        var filter = ReadFilter(request, validator);
        validator.ThrowIfInvalid();
        // Resolved per call, so the pipeline's constructor stays as it is.
        var export = context.GetHttpContext().RequestServices.GetRequiredService<ExportLeads>();
        var now = clock.GetUtcNow();
        await foreach (var view in export.ExecuteAsync(filter, caller, context.CancellationToken))
        {
            await responseStream.WriteAsync(LeadMapper.ToMessage(view, now), context.CancellationToken);
        }
    }
}
