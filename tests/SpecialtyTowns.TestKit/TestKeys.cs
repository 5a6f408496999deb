using System.Security.Cryptography;

namespace SpecialtyTowns.TestKit;

/// <summary>
/// A signing key pair made for one test run: the gateway under test gets the private key,
/// the services the public one, and tests can mint tokens of their own (expired, for
/// another audience...) to prove they are refused.
/// </summary>
public sealed class TestKeys : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string PrivateKeyPem => _rsa.ExportRSAPrivateKeyPem();

    public string PublicKeyPem => _rsa.ExportSubjectPublicKeyInfoPem();

    public RSA Rsa => _rsa;

    public void Dispose() => _rsa.Dispose();
}
