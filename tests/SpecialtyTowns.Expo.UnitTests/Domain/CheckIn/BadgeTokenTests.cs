using SpecialtyTowns.Expo.Application.CheckIn;
using SpecialtyTowns.Expo.Domain.CheckIn;

namespace SpecialtyTowns.Expo.UnitTests.Domain.CheckIn;

public sealed class BadgeTokenTests
{
    private static readonly BadgeToken Badge = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "a1b2c3d4");

    [Fact]
    public void TryParse_WhenTheTokenWasSigned_ReadsBackTheBadgeAndVerifies()
    {
        var key = NewKey();
        var token = BadgeSignatures.Sign(key, Badge);

        var parsed = BadgeToken.TryParse(token);

        Assert.NotNull(parsed);
        Assert.Equal(Badge, parsed.Value.Badge);
        Assert.True(BadgeSignatures.Verify(key, parsed.Value.Payload, parsed.Value.Signature));
    }

    [Fact]
    public void TryParse_WhenNoAttendee_ReadsANullAttendee()
    {
        var badge = Badge with { AttendeeId = null };

        var parsed = BadgeToken.TryParse(badge.Encode(new byte[64]));

        Assert.Null(parsed!.Value.Badge.AttendeeId);
        Assert.Equal(badge.ParticipantId, parsed.Value.Badge.ParticipantId);
    }

    [Fact]
    public void Verify_WhenAnyCharacterIsChanged_FailsOrTheTokenDoesNotParse()
    {
        var key = NewKey();
        var token = BadgeSignatures.Sign(key, Badge);

        for (var i = 0; i < token.Length; i++)
        {
            foreach (var replacement in "AQgw_-.")
            {
                if (replacement == token[i])
                {
                    continue;
                }

                var parsed = BadgeToken.TryParse(token[..i] + replacement + token[(i + 1)..]);
                Assert.False(parsed is { } p && p.Badge.EventId == Badge.EventId && BadgeSignatures.Verify(key, p.Payload, p.Signature), $"position {i} → {replacement}");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    [InlineData("AQ.AAAA")]
    [InlineData("!!!.AAAA")]
    public void TryParse_WhenMalformed_ReturnsNull(string token)
    {
        var parsed = BadgeToken.TryParse(token);

        Assert.Null(parsed);
    }

    [Fact]
    public void Verify_WhenSignedWithAnotherKey_Fails()
    {
        var token = BadgeSignatures.Sign(NewKey(), Badge);
        var parsed = BadgeToken.TryParse(token)!.Value;

        var verified = BadgeSignatures.Verify(NewKey(), parsed.Payload, parsed.Signature);

        Assert.False(verified);
    }

    private static BadgeKey NewKey()
    {
        var (privateKey, publicKey) = BadgeSignatures.NewKeyPair();
        return BadgeKey.Create(Badge.EventId, Badge.KeyId, privateKey, publicKey, DateTimeOffset.UtcNow);
    }
}
