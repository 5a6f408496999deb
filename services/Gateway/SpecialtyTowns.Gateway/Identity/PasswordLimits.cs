namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// The longest password accepted anywhere one is sent. Hashing cost grows with the input, so an
/// unbounded password lets one request burn CPU; 128 characters leaves room for any passphrase.
/// Checked before any account is looked up, so it says nothing about who has an account.
/// </summary>
public static class PasswordLimits
{
    public const int MaxLength = 128;

    public const string TooLong = "must be at most 128 characters";
}
