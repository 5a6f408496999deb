using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.CheckIn;

/// <summary>Badges: signed with the event's key, verifiable with its public key alone, refused when altered or from another event.</summary>
[Collection(ExpoCollection.Name)]
public sealed class BadgeTests(ExpoHost host)
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    [Fact]
    public async Task CheckIn_WhenTheBadgeIsScanned_ChecksItsParticipantInByScan()
    {
        var scene = await CheckInScene.CreateAsync(host);
        var token = await scene.BadgeAsync(scene.Scene.Investors[0]);

        var result = await scene.Desk.CheckInAsync(new CheckInRequest { EventId = scene.EventId, Badge = token });

        Assert.True(result.Created);
        Assert.Equal("scan", result.Method);
        Assert.Equal(scene.Scene.Investors[0].ToString(), result.ParticipantId);
        Assert.Equal(string.Empty, result.AttendeeId);
    }

    [Fact]
    public async Task CheckIn_WhenTheBadgeIsAlteredByOneCharacterAnywhere_FailsNamingBadgeAndStoresNothing()
    {
        var scene = await CheckInScene.CreateAsync(host);
        var token = await scene.BadgeAsync(scene.Scene.Investors[0]);

        for (var i = 0; i < token.Length; i++)
        {
            var altered = token[..i] + Other(token[i]) + token[(i + 1)..];
            await RpcAssert.InvalidArgumentAsync(() => scene.Desk.CheckInAsync(new CheckInRequest { EventId = scene.EventId, Badge = altered }).ResponseAsync, "badge");
        }

        Assert.Equal(0, await host.CountAsync("select count(*) from venue_check_ins where event_id = $1", scene.Scene.EventId));
        Assert.Equal(0, await host.CountOutboxAsync("ParticipantCheckedIn", scene.EventId));
    }

    [Fact]
    public async Task CheckIn_WhenTheBadgeIsOfAnotherEvent_FailsNamingBadge()
    {
        var scene = await CheckInScene.CreateAsync(host);
        var other = await CheckInScene.CreateAsync(host);
        var foreign = await other.BadgeAsync(other.Scene.Investors[0]);
        await scene.BadgeAsync(scene.Scene.Investors[0]);

        await RpcAssert.InvalidArgumentAsync(() => scene.Desk.CheckInAsync(new CheckInRequest { EventId = scene.EventId, Badge = foreign }).ResponseAsync, "badge");

        Assert.Equal(0, await host.CountAsync("select count(*) from venue_check_ins where event_id = $1 or event_id = $2", scene.Scene.EventId, other.Scene.EventId));
    }

    [Fact]
    public async Task CheckIn_WhenAnAttendeesBadgeIsScanned_ChecksInThatAttendeeApartFromTheDelegation()
    {
        var scene = await CheckInScene.CreateAsync(host, investors: 0, towns: 0);
        var (delegation, attendees) = await scene.DelegationAsync();
        var badge = await scene.As(delegation).GetBadgeAsync(new GetBadgeRequest { EventId = scene.EventId, AttendeeId = attendees[1].ToString() });

        var attendee = await scene.Desk.CheckInAsync(new CheckInRequest { EventId = scene.EventId, Badge = badge.Token });
        var whole = await scene.Desk.CheckInAsync(new CheckInRequest { EventId = scene.EventId, ParticipantId = delegation.ToString() });

        Assert.Equal("李红", badge.AttendeeName);
        Assert.Contains("<svg", badge.QrSvg, StringComparison.Ordinal);
        Assert.Equal(attendees[1].ToString(), attendee.AttendeeId);
        Assert.Equal("李红", attendee.AttendeeName);
        Assert.True(whole.Created);
        Assert.Equal(2, await host.CountAsync("select count(*) from venue_check_ins where participant_id = $1", delegation));
    }

    [Fact]
    public async Task GetBadgeKey_WhenBadgesAreFirstIssuedConcurrently_CreatesOneKeyThatVerifiesEveryBadgeOffline()
    {
        var scene = await CheckInScene.CreateAsync(host, investors: 6, towns: 0);

        var tokens = await Task.WhenAll(scene.Scene.Investors.Select(i => scene.BadgeAsync(i)));
        var key = await scene.Desk.GetBadgeKeyAsync(new GetBadgeKeyRequest { EventId = scene.EventId });

        Assert.Equal(1, await host.CountAsync("select count(*) from badge_keys where event_id = $1", scene.Scene.EventId));
        Assert.Equal("ES256", key.Algorithm);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(Base64Url.DecodeFromChars(key.PublicKey), out _);
        Assert.All(tokens, token =>
        {
            var parts = token.Split('.');
            var payload = Base64Url.DecodeFromChars(parts[0]);
            Assert.True(ecdsa.VerifyData(payload, Base64Url.DecodeFromChars(parts[1]), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
            Assert.EndsWith(key.KeyId, Encoding.ASCII.GetString(payload), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task GetBadge_WhenTheCallerIsNotRegisteredOrNamesAStrangersAttendee_FailsWithoutABadge()
    {
        var scene = await CheckInScene.CreateAsync(host);
        var stranger = host.Client<ExpoCheckInService.ExpoCheckInServiceClient>(TestCaller.Investor());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => stranger.GetBadgeAsync(new GetBadgeRequest { EventId = scene.EventId }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => scene.As(scene.Scene.Investors[0]).GetBadgeAsync(new GetBadgeRequest { EventId = scene.EventId, AttendeeId = Guid.NewGuid().ToString() }).ResponseAsync, "attendee_id");
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scene.As(scene.Scene.Investors[0]).GetBadgeKeyAsync(new GetBadgeKeyRequest { EventId = scene.EventId }).ResponseAsync);
    }

    private static char Other(char c) => Alphabet[(Alphabet.IndexOf(c, StringComparison.Ordinal) + 1) % Alphabet.Length] is var next && next != c ? next : 'A';
}
