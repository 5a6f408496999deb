using System.Globalization;
using Grpc.Core;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Funnel;

/// <summary>GET /api/v1/leads/export.csv: the caller's leads (as GET /api/v1/leads sees them) as a CSV file (<see cref="LeadsCsv"/>).</summary>
public static class LeadsExportApi
{
    private const int RowsPerFlush = 200;

    /// <summary>A whole province's leads take longer than the default deadline of one call; a stuck export still ends.</summary>
    private static readonly TimeSpan ExportDeadline = TimeSpan.FromMinutes(5);

    private static readonly RestFieldNames ExportNames = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["stages"] = "stage",
    });

    public static IEndpointRouteBuilder MapLeadsExport(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/leads/export.csv", ExportAsync).WithTags("Leads").WithName("ExportLeads")
            .RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin))
            .WithMetadata(ExportNames)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        // The same file for the pages' export button: signed in by the page cookie, which /api routes do not read.
        routes.MapGet("/workspace/leads/export.csv", ExportAsync).ExcludeFromDescription()
            .RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin));
        return routes;
    }

    /// <param name="stage">Only leads at these stages (wire names; repeat the parameter for more).</param>
    /// <param name="townId">An admin's export of one town.</param>
    /// <param name="ownerId">Only leads this town account works.</param>
    /// <param name="projectId">Only leads for this project.</param>
    /// <param name="gapId">Only leads for this chain gap.</param>
    /// <param name="organisationId">Only this investor organisation's leads.</param>
    private static async Task ExportAsync(
        HttpContext http,
        LeadsService.LeadsServiceClient leads,
        TimeProvider clock,
        CancellationToken cancellationToken,
        string[]? stage = null,
        string? townId = null,
        string? ownerId = null,
        string? projectId = null,
        string? gapId = null,
        string? organisationId = null)
    {
        var request = new ListLeadsRequest
        {
            TownId = townId ?? string.Empty,
            OwnerId = ownerId ?? string.Empty,
            ProjectId = projectId ?? string.Empty,
            GapId = gapId ?? string.Empty,
            OrganisationId = organisationId ?? string.Empty,
        };
        request.Stages.AddRange(stage ?? []);
        using var call = leads.ExportLeads(request, deadline: clock.GetUtcNow().UtcDateTime.Add(ExportDeadline), cancellationToken: cancellationToken);
        // The first read surfaces a refusal (400, 403) before any byte of the file is sent.
        var any = await call.ResponseStream.MoveNext(cancellationToken);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{LeadsCsv.FileName(clock.GetUtcNow())}\"";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.Body.WriteAsync(LeadsCsv.ByteOrderMark, cancellationToken);
        await using var writer = new StreamWriter(http.Response.Body, LeadsCsv.Utf8WithoutMark, leaveOpen: true);
        await writer.WriteAsync(LeadsCsv.HeaderRow(english));
        for (var rows = 0; any; any = await call.ResponseStream.MoveNext(cancellationToken))
        {
            await writer.WriteAsync(LeadsCsv.LeadRow(call.ResponseStream.Current, english));
            if (++rows % RowsPerFlush == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }
}
