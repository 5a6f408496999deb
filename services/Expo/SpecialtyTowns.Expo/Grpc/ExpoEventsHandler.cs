using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.ServiceDefaults.Validation;
using DomainEvent = SpecialtyTowns.Expo.Domain.ExpoEvent;

namespace SpecialtyTowns.Expo.Grpc;

/// <summary>Creating and changing expo events; organizers manage only the events they run.</summary>
public sealed class ExpoEventsHandler(ExpoDbContext db, IOutbox outbox)
{
    public async Task<V1.ExpoEvent> CreateAsync(CreateEventRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller().RequireRole(Roles.Organizer, Roles.Admin);
        var timeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? "Asia/Shanghai" : request.TimeZone.Trim();
        new RequestValidator()
            .Optional("request_id", request.RequestId, 100)
            .Required("name", request.Name, 200)
            .Optional("name_en", request.NameEn, 300)
            .Optional("city", request.City, 100)
            .Must(ExpoEventMapper.TryParseDate(request.StartsOn, out var startsOn), "starts_on", "must be a date as YYYY-MM-DD")
            .Must(ExpoEventMapper.TryParseDate(request.EndsOn, out var endsOn), "ends_on", "must be a date as YYYY-MM-DD")
            .Must(TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _), "time_zone", "must be an IANA time zone such as Asia/Shanghai")
            .ThrowIfInvalid();
        var requestId = request.RequestId.Trim();
        if (requestId.Length > 0
            && await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.OrganizerId == caller.UserId && e.CreationRequestId == requestId, context.CancellationToken) is { } earlier)
        {
            return ExpoEventMapper.ToMessage(earlier);
        }

        var expoEvent = DomainEvent.Create(caller.UserId, request.Name, request.NameEn, request.City, startsOn, endsOn, timeZone, requestId);
        db.Events.Add(expoEvent);
        Announce(expoEvent);
        await db.SaveChangesAsync(context.CancellationToken);
        return ExpoEventMapper.ToMessage(expoEvent);
    }

    public async Task<V1.ExpoEvent> UpdateAsync(UpdateEventRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller().RequireRole(Roles.Organizer, Roles.Admin);
        DateOnly startsOn = default, endsOn = default;
        var validator = new RequestValidator().Guid("id", request.Id);
        if (request.HasName)
        {
            validator.Required("name", request.Name, 200);
        }

        validator.Optional("name_en", request.NameEn, 300).Optional("city", request.City, 100)
            .Must(!request.HasStartsOn || ExpoEventMapper.TryParseDate(request.StartsOn, out startsOn), "starts_on", "must be a date as YYYY-MM-DD")
            .Must(!request.HasEndsOn || ExpoEventMapper.TryParseDate(request.EndsOn, out endsOn), "ends_on", "must be a date as YYYY-MM-DD")
            .ThrowIfInvalid();
        var id = Guid.Parse(request.Id);
        var expoEvent = await db.Events.SingleOrDefaultAsync(e => e.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("Event", request.Id);
        caller.RequireThat(expoEvent.IsManagedBy(caller), "change this event");
        expoEvent.Change(
            request.HasName ? request.Name : null,
            request.HasNameEn ? request.NameEn : null,
            request.HasCity ? request.City : null,
            request.HasStartsOn ? startsOn : null,
            request.HasEndsOn ? endsOn : null);
        Announce(expoEvent);
        await db.SaveChangesAsync(context.CancellationToken);
        return ExpoEventMapper.ToMessage(expoEvent);
    }

    private void Announce(DomainEvent expoEvent) =>
        outbox.Add(new ExpoEventScheduled(expoEvent.Id, expoEvent.OrganizerId, expoEvent.Name, expoEvent.City, expoEvent.StartsOn, expoEvent.EndsOn, expoEvent.TimeZone));
}
