using System.Buffers.Text;
using System.Text;

namespace SpecialtyTowns.Expo.Domain.CheckIn;

/// <summary>
/// What a badge says: the event, the participant, optionally the attendee, and the key that signed
/// it. Written compactly for a QR code: <c>base64url(payload) "." base64url(signature)</c>, the
/// payload being a version byte, a flags byte (1: an attendee follows), the ids as big-endian
/// 16-byte UUIDs and the key id in ASCII. Parsing is strict (canonical base64url only), so no two
/// texts read as the same badge and a changed character is always a different token.
/// </summary>
public sealed record BadgeToken(Guid EventId, Guid ParticipantId, Guid? AttendeeId, string KeyId)
{
    public const byte Version = 1;

    private const int IdBytes = 16;

    public byte[] Payload()
    {
        var key = Encoding.ASCII.GetBytes(KeyId);
        var bytes = new byte[2 + (IdBytes * (AttendeeId is null ? 2 : 3)) + key.Length];
        bytes[0] = Version;
        bytes[1] = AttendeeId is null ? (byte)0 : (byte)1;
        EventId.TryWriteBytes(bytes.AsSpan(2, IdBytes), bigEndian: true, out _);
        ParticipantId.TryWriteBytes(bytes.AsSpan(2 + IdBytes, IdBytes), bigEndian: true, out _);
        var offset = 2 + (2 * IdBytes);
        if (AttendeeId is { } attendee)
        {
            attendee.TryWriteBytes(bytes.AsSpan(offset, IdBytes), bigEndian: true, out _);
            offset += IdBytes;
        }

        key.CopyTo(bytes, offset);
        return bytes;
    }

    public string Encode(byte[] signature) => $"{Base64Url.EncodeToString(Payload())}.{Base64Url.EncodeToString(signature)}";

    /// <summary>Splits a token into its badge and signature; null when it is not a well-formed token.</summary>
    public static (BadgeToken Badge, byte[] Payload, byte[] Signature)? TryParse(string? token)
    {
        var parts = (token ?? string.Empty).Split('.');
        if (parts.Length != 2 || Decode(parts[0]) is not { } payload || Decode(parts[1]) is not { Length: > 0 } signature)
        {
            return null;
        }

        if (payload.Length < 2 + (2 * IdBytes) + 1 || payload[0] != Version || payload[1] > 1)
        {
            return null;
        }

        var hasAttendee = payload[1] == 1;
        var keyStart = 2 + (IdBytes * (hasAttendee ? 3 : 2));
        if (payload.Length <= keyStart || payload.AsSpan(keyStart).ContainsAnyExceptInRange((byte)0x21, (byte)0x7e))
        {
            return null;
        }

        var badge = new BadgeToken(
            new Guid(payload.AsSpan(2, IdBytes), bigEndian: true),
            new Guid(payload.AsSpan(2 + IdBytes, IdBytes), bigEndian: true),
            hasAttendee ? new Guid(payload.AsSpan(2 + (2 * IdBytes), IdBytes), bigEndian: true) : null,
            Encoding.ASCII.GetString(payload.AsSpan(keyStart)));
        return (badge, payload, signature);
    }

    // Strict: a text that decodes but is not how the bytes encode (unused trailing bits set) is refused.
    private static byte[]? Decode(string text)
    {
        if (text.Length == 0 || !Base64Url.IsValid(text))
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(text);
        return Base64Url.EncodeToString(bytes) == text ? bytes : null;
    }
}
