using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Errors;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Leads.Grpc;

public sealed class LeadsGrpcService(LeadsDbContext db) : LeadsService.LeadsServiceBase
{
    public override async Task<V1.TownDirectoryEntry> GetTownDirectoryEntry(GetTownDirectoryEntryRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("town_id", request.TownId).ThrowIfInvalid();
        var townId = Guid.Parse(request.TownId);
        var entry = await db.TownDirectory.AsNoTracking().SingleOrDefaultAsync(e => e.TownId == townId, context.CancellationToken)
            ?? throw new NotFoundException("Town", request.TownId);
        return new V1.TownDirectoryEntry
        {
            TownId = entry.TownId.ToString(),
            Name = entry.Name,
            MainIndustry = entry.MainIndustry,
            RegisteredAt = Timestamp.FromDateTimeOffset(entry.RegisteredAt),
            ReceivedAt = Timestamp.FromDateTimeOffset(entry.ReceivedAt),
        };
    }
}
