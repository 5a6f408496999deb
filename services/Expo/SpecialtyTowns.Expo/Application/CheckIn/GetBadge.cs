using QRCoder;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.CheckIn;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>
/// The caller's own badge for an event: its approved participant's, or one of its attendees'. The
/// token is signed with the event's key (created on the first badge), so the desk can verify it
/// offline; the same badge always reads the same (ECDSA signatures differ, the payload does not).
/// </summary>
public sealed class GetBadge(EventAccess access, BadgeKeys keys, Infrastructure.ExpoDbContext db)
{
    public async Task<BadgeView> ExecuteAsync(Guid eventId, Guid? attendeeId, Caller caller, CancellationToken cancellationToken)
    {
        var expoEvent = await db.Events.FindAsync([eventId], cancellationToken) ?? throw new NotFoundException("Event", eventId.ToString());
        var participant = await access.OwnParticipantAsync(eventId, caller, cancellationToken) ?? throw new NotFoundException("Event", eventId.ToString());
        if (!participant.IsApproved)
        {
            throw new BusinessRuleException("participant-not-approved", $"The registration is {participant.Status}: badges are issued to approved participants");
        }

        var attendee = attendeeId is { } id
            ? participant.Attendees.FirstOrDefault(a => a.Id == id) ?? throw new InvalidValueException("attendee_id", $"there is no attendee {id} of your registration")
            : null;
        var key = await keys.GetOrCreateAsync(eventId, cancellationToken);
        var token = BadgeSignatures.Sign(key, new BadgeToken(eventId, participant.Id, attendee?.Id, key.KeyId));
        return new BadgeView(eventId, expoEvent.Name, participant.Id, attendee?.Id, participant.Kind, participant.Name, participant.NameEn, attendee?.Name, key.KeyId, token, QrSvg(token));
    }

    private static string QrSvg(string token)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(token, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
