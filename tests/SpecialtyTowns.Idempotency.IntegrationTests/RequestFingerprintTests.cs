using SpecialtyTowns.Idempotency.IntegrationTests.Fakes;

namespace SpecialtyTowns.Idempotency.IntegrationTests;

public sealed class RequestFingerprintTests
{
    [Fact]
    public void Of_WhenOnlyTheRequestIdDiffers_IsEqual()
    {
        var fingerprint = RequestFingerprint.Of(new CreateWidget("a", "flange"));

        Assert.Equal(fingerprint, RequestFingerprint.Of(new CreateWidget("b", "flange")));
        Assert.Equal(64, fingerprint.Length);
    }

    [Fact]
    public void Of_WhenTheContentDiffers_Differs()
    {
        var fingerprint = RequestFingerprint.Of(new CreateWidget("a", "flange"));

        Assert.NotEqual(fingerprint, RequestFingerprint.Of(new CreateWidget("a", "valve")));
    }
}
