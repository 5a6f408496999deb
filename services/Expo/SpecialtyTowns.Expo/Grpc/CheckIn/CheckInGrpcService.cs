using Grpc.Core;
using SpecialtyTowns.Expo.Application.CheckIn;
using SpecialtyTowns.Expo.Domain.CheckIn;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc.CheckIn;

/// <summary>Venue check-in, badges and meeting check-in: proto to command and back.</summary>
public sealed class CheckInGrpcService(
    CheckInParticipant checkIn,
    ListCheckIns listCheckIns,
    SearchCheckIn searchCheckIn,
    GetBadge getBadge,
    GetBadgeKey getBadgeKey,
    CheckInAtMeeting checkInAtMeeting) : ExpoCheckInService.ExpoCheckInServiceBase
{
    public const int MaxBadgeLength = 400;

    public const int MaxQueryLength = 100;

    public override async Task<CheckInResult> CheckIn(CheckInRequest request, ServerCallContext context)
    {
        var byBadge = request.Badge.Length > 0;
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("event_id", request.EventId)
            .Optional("badge", request.Badge, MaxBadgeLength)
            .Guid("participant_id", request.ParticipantId, required: !byBadge)
            .Guid("attendee_id", request.AttendeeId, required: false)
            .Must(!byBadge || (request.ParticipantId.Length == 0 && request.AttendeeId.Length == 0), "participant_id", "name a badge or a participant, not both")
            .Must(request.Method.Length == 0 || CheckInMethods.All.Contains(request.Method), "method", $"must be one of {string.Join(", ", CheckInMethods.All)}")
            .ThrowIfInvalid();
        var method = request.Method.Length > 0 ? request.Method : byBadge ? CheckInMethods.Scan : CheckInMethods.Search;
        var command = new CheckInCommand(
            request.RequestId,
            Guid.Parse(request.EventId),
            byBadge ? request.Badge : null,
            byBadge ? null : Guid.Parse(request.ParticipantId),
            request.AttendeeId.Length == 0 ? null : Guid.Parse(request.AttendeeId),
            method);
        return CheckInMapper.ToMessage(await checkIn.ExecuteAsync(command, context.GetCaller(), context.CancellationToken));
    }

    public override async Task<CheckInList> ListCheckIns(ListCheckInsRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .Guid("event_id", request.EventId)
            .Must(request.Limit is >= 0 and <= 500, "limit", "must be between 1 and 500 (0: 100)")
            .ThrowIfInvalid();
        var limit = request.Limit == 0 ? 100 : request.Limit;
        return CheckInMapper.ToMessage(await listCheckIns.ExecuteAsync(Guid.Parse(request.EventId), limit, context.GetCaller(), context.CancellationToken));
    }

    public override async Task<CheckInCandidates> SearchCheckIn(SearchCheckInRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .Guid("event_id", request.EventId)
            .Optional("query", request.Query, MaxQueryLength)
            .ThrowIfInvalid();
        return CheckInMapper.ToMessage(await searchCheckIn.ExecuteAsync(Guid.Parse(request.EventId), request.Query, context.GetCaller(), context.CancellationToken));
    }

    public override async Task<Badge> GetBadge(GetBadgeRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .Guid("event_id", request.EventId)
            .Guid("attendee_id", request.AttendeeId, required: false)
            .ThrowIfInvalid();
        var attendee = request.AttendeeId.Length == 0 ? (Guid?)null : Guid.Parse(request.AttendeeId);
        return CheckInMapper.ToMessage(await getBadge.ExecuteAsync(Guid.Parse(request.EventId), attendee, context.GetCaller(), context.CancellationToken));
    }

    public override async Task<BadgePublicKey> GetBadgeKey(GetBadgeKeyRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId).ThrowIfInvalid();
        return CheckInMapper.ToMessage(await getBadgeKey.ExecuteAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken));
    }

    public override async Task<MeetingCheckInResult> CheckInAtMeeting(MeetingCheckInRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .RequestId(request.RequestId)
            .Guid("meeting_id", request.MeetingId)
            .Guid("participant_id", request.ParticipantId, required: false)
            .ThrowIfInvalid();
        var command = new MeetingCheckInCommand(request.RequestId, Guid.Parse(request.MeetingId), request.ParticipantId.Length == 0 ? null : Guid.Parse(request.ParticipantId));
        return CheckInMapper.ToMessage(await checkInAtMeeting.ExecuteAsync(command, context.GetCaller(), context.CancellationToken));
    }
}
