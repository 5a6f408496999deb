using System.Buffers.Text;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>The public half of the event's badge key for its desk (organizer), created if no badge was issued yet.</summary>
public sealed class GetBadgeKey(EventAccess access, BadgeKeys keys)
{
    /// <summary>ECDSA P-256 with SHA-256 (JOSE's name), the signature as r || s.</summary>
    public const string Algorithm = "ES256";

    public async Task<BadgePublicKeyView> ExecuteAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        await access.ManagedEventAsync(eventId, caller, cancellationToken, track: false);
        var key = await keys.GetOrCreateAsync(eventId, cancellationToken);
        return new BadgePublicKeyView(eventId, key.KeyId, Base64Url.EncodeToString(key.PublicKey), Algorithm);
    }
}
