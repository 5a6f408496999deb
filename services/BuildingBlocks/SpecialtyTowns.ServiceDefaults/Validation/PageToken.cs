using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SpecialtyTowns.ServiceDefaults.Validation;

/// <summary>Opaque page tokens: clients pass them back, never build them.</summary>
public static class PageToken
{
    private const string Prefix = "o:";

    public static string Write(int offset) => offset < 0
        ? throw new ArgumentOutOfRangeException(nameof(offset), offset, "Offsets are not negative")
        : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static bool TryRead(string token, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
