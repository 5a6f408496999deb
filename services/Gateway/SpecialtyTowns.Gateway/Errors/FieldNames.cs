using System.Text;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>Turns proto field paths (<c>main_industry</c>, <c>page.page_size</c>) into the JSON names clients send.</summary>
public static class FieldNames
{
    public static string ToJson(string protoPath)
    {
        var builder = new StringBuilder(protoPath.Length);
        var upper = false;
        foreach (var c in protoPath)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }
}
