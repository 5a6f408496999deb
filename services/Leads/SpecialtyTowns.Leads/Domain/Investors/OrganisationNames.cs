using System.Globalization;
using System.Text;

namespace SpecialtyTowns.Leads.Domain.Investors;

/// <summary>
/// The name two records of one organisation share: full-width forms folded to half-width, case
/// folded, and spaces, punctuation and the common legal-form suffixes removed, so 「山西双雁集团有限公司」,
/// 「山西 双雁集团」 and 「山西双雁集团（有限公司）」 are one organisation.
/// </summary>
public static class OrganisationNames
{
    // Compared after punctuation and spaces are gone, longest first.
    private static readonly string[] LegalForms =
    [
        "股份有限公司", "有限责任公司", "有限公司", "公司",
        "companylimited", "corporation", "coltd", "limited", "gmbh", "corp", "ltd", "inc", "llc",
    ];

    public static string Normalise(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter)
            {
                builder.Append(c);
            }
        }

        var folded = builder.ToString();
        var suffix = LegalForms.FirstOrDefault(form => folded.Length > form.Length && folded.EndsWith(form, StringComparison.Ordinal));
        return suffix is null ? folded : folded[..^suffix.Length];
    }
}
