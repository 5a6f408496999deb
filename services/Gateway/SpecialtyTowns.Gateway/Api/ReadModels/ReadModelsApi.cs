using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Api.ReadModels;

/// <summary>
/// What the Leads and Expo services have learnt of towns from Towns' events: public, since
/// it holds only what the town directory already publishes.
/// </summary>
public static class ReadModelsApi
{
    public static IEndpointRouteBuilder MapReadModelsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/leads/town-directory/{townId:guid}", GetDirectoryEntryAsync)
            .WithTags("Leads").WithName("GetLeadsTownDirectoryEntry").AllowAnonymous()
            .Produces<TownDirectoryEntryResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/v1/expo/exhibitor-towns/{townId:guid}", GetExhibitorAsync)
            .WithTags("Expo").WithName("GetExhibitorTown").AllowAnonymous()
            .Produces<ExhibitorTownResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<TownDirectoryEntryResponse> GetDirectoryEntryAsync(Guid townId, LeadsService.LeadsServiceClient leads, CancellationToken cancellationToken)
    {
        var entry = await leads.GetTownDirectoryEntryAsync(new GetTownDirectoryEntryRequest { TownId = townId.ToString() }, cancellationToken: cancellationToken);
        return new TownDirectoryEntryResponse(entry.TownId, entry.Name, entry.MainIndustry, entry.RegisteredAt.ToDateTimeOffset(), entry.ReceivedAt.ToDateTimeOffset());
    }

    private static async Task<ExhibitorTownResponse> GetExhibitorAsync(Guid townId, ExpoService.ExpoServiceClient expo, CancellationToken cancellationToken)
    {
        var town = await expo.GetExhibitorTownAsync(new GetExhibitorTownRequest { TownId = townId.ToString() }, cancellationToken: cancellationToken);
        return new ExhibitorTownResponse(town.TownId, town.Name, town.NameEn.Length == 0 ? null : town.NameEn, town.ReceivedAt.ToDateTimeOffset());
    }
}
