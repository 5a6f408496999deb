using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Errors;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc;

public sealed class ExpoGrpcService(ExpoDbContext db) : ExpoService.ExpoServiceBase
{
    public override async Task<V1.ExhibitorTown> GetExhibitorTown(GetExhibitorTownRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("town_id", request.TownId).ThrowIfInvalid();
        var townId = Guid.Parse(request.TownId);
        var town = await db.ExhibitorTowns.AsNoTracking().SingleOrDefaultAsync(t => t.TownId == townId, context.CancellationToken)
            ?? throw new NotFoundException("Town", request.TownId);
        return new V1.ExhibitorTown
        {
            TownId = town.TownId.ToString(),
            Name = town.Name,
            NameEn = town.NameEn ?? string.Empty,
            ReceivedAt = Timestamp.FromDateTimeOffset(town.ReceivedAt),
        };
    }
}
