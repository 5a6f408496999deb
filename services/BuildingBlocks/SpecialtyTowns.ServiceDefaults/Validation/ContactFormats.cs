using System.Net.Mail;
using System.Text.RegularExpressions;

namespace SpecialtyTowns.ServiceDefaults.Validation;

/// <summary>
/// The form of stored contact details. Deliberately a sane rule, not RFC 5322: an address
/// <see cref="MailAddress"/> reads as exactly itself (no display name, no comments) with a
/// dotted domain; a phone number as Chinese mobile, Chinese landline (with area code,
/// optionally an extension) or an international <c>+</c> number.
/// </summary>
public static partial class ContactFormats
{
    public const int MaxEmailLength = 254;

    public const string EmailRule = "must be an email address such as name@example.com";

    public const string PhoneRule = "must be a phone number such as 13812345678, +86 138 1234 5678, 0351-1234567 or (0351) 1234 5678 ext. 12";

    /// <summary>Whether <paramref name="value"/> is a plain address <c>local@domain.tld</c>.</summary>
    public static bool IsEmail(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxEmailLength || !MailAddress.TryCreate(value, out var address))
        {
            return false;
        }

        // MailAddress also takes "Name <a@b>", quoted local parts and bare hosts: keep what people type.
        return address.Address == value
            && address.DisplayName.Length == 0
            && EmailShape().IsMatch(value);
    }

    /// <summary>Whether <paramref name="value"/> is a Chinese mobile or landline number or an international one.</summary>
    public static bool IsPhone(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var match = PhoneShape().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var number = match.Groups["number"].Value;
        // At most one pair of parentheses, opened before it is closed: "(0351) 1234 5678".
        var open = number.IndexOf('(');
        var close = number.IndexOf(')');
        if ((open < 0) != (close < 0) || open > close || number.LastIndexOf('(') != open || number.LastIndexOf(')') != close)
        {
            return false;
        }

        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        return number.StartsWith('+')
            ? digits.Length is >= 8 and <= 15 && digits[0] != '0' // E.164: a country code never starts with 0
            : ChineseNumber().IsMatch(digits);
    }

    // One @, a local part and dotted domain labels without spaces or a leading/trailing dot or hyphen.
    [GeneratedRegex(@"^[^@\s]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailShape();

    // Digits with the usual separators, an optional leading +, and an optional extension.
    [GeneratedRegex(@"^(?<number>\+?[0-9(][0-9 ()\-.]{5,23})(?:\s*(?:ext\.?|x|转|#)\s*[0-9]{1,6})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhoneShape();

    // Mobile 1[3-9]xxxxxxxxx; landline 0 + area code (2-3 digits) + 7-8 digits; 400/800 service numbers.
    [GeneratedRegex(@"^(?:1[3-9][0-9]{9}|0[1-9][0-9]{8,10}|[48]00[0-9]{7})$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseNumber();
}
