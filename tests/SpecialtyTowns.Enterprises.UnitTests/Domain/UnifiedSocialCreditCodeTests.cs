using SpecialtyTowns.SharedKernel.Identifiers;
using SpecialtyTowns.Enterprises.Domain;

namespace SpecialtyTowns.Enterprises.UnitTests.Domain;

public sealed class UnifiedSocialCreditCodeTests
{
    /// <summary>
    /// Codes of well-known companies as published. Where each came from (found with the library's
    /// find_string over public repositories, each code quoted with its company in more than one):
    /// - 华为技术有限公司 914403001922038216: company lookup samples and a GB 32100 validator test
    ///   ("华为技术有限公司的统一社会信用代码（公开信息）");
    /// - 阿里巴巴（中国）有限公司 91330100799655058B: a Qichacha API response sample (Name, CreditCode,
    ///   No 330100400067581) and a validator test ("样本为公开可查的企业税号");
    /// - 小米科技有限责任公司 91110108551385082Q: a customer table row with www.xiaomi.com and 雷军, and a
    ///   validator test ("真实在册企业统一社会信用代码");
    /// - 腾讯科技（深圳）有限公司 91440300708461136T: a company search response sample (马化腾,
    ///   6500万美元) and the same validator test;
    /// - 中航重机股份有限公司 (AVIC Heavy Machinery Co.,Ltd.) 91520000214434146R: Tianyancha API response
    ///   samples (regNumber 520000000005018, 姬苏春).
    /// </summary>
    public static TheoryData<string, string> Published => new()
    {
        { "华为技术有限公司", "914403001922038216" },
        { "阿里巴巴（中国）有限公司", "91330100799655058B" },
        { "小米科技有限责任公司", "91110108551385082Q" },
        { "腾讯科技（深圳）有限公司", "91440300708461136T" },
        { "中航重机股份有限公司", "91520000214434146R" },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public void TryParse_WhenAPublishedCode_Accepts(string company, string code)
    {
        var parsed = UnifiedSocialCreditCode.TryParse(code, out var result, out var problem);

        Assert.True(parsed, $"{company} {code}: {problem}");
        Assert.Equal(code, result!.Value);
    }

    [Theory]
    [MemberData(nameof(Published))]
    public void TryParse_WhenAnySingleCharacterOfAPublishedCodeIsChanged_Refuses(string company, string code)
    {
        var accepted = new List<string>();

        for (var position = 0; position < code.Length; position++)
        {
            foreach (var replacement in UnifiedSocialCreditCode.Alphabet.Where(c => c != code[position]))
            {
                var altered = string.Concat(code.AsSpan(0, position), replacement.ToString(), code.AsSpan(position + 1));
                if (UnifiedSocialCreditCode.TryParse(altered, out _, out _))
                {
                    accepted.Add(altered);
                }
            }
        }

        Assert.True(accepted.Count == 0, $"{company}: accepted {string.Join(", ", accepted)}");
    }

    [Fact]
    public void TryParse_WhenLowerCaseWithSpaces_NormalisesToUpperCase()
    {
        var parsed = UnifiedSocialCreditCode.TryParse(" 91330100799655058b ", out var code, out _);

        Assert.True(parsed);
        Assert.Equal("91330100799655058B", code!.Value);
    }

    [Theory]
    [InlineData("9144030019220382", "must be 18 characters")]
    [InlineData("9144030019220382160", "must be 18 characters")]
    [InlineData("91440300192203821I", "'I' is not a character")]
    [InlineData("91440300O92203821", "must be 18 characters")]
    [InlineData("914403O01922038216", "'O' is not a character")]
    [InlineData("B14403001922038216", "not a registration authority")]
    [InlineData("94440300708461136T", "not an organisation type")]
    [InlineData("9144A300708461136T", "administrative division")]
    [InlineData("914403001922038217", "check character")]
    public void TryParse_WhenMalformed_RefusesSayingWhy(string text, string why)
    {
        var parsed = UnifiedSocialCreditCode.TryParse(text, out _, out var problem);

        Assert.False(parsed);
        Assert.Contains(why, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCharacterOf_WhenWorkedByHand_GivesTheSameCharacter()
    {
        var first17 = "91000000000000000";

        var check = UnifiedSocialCreditCode.CheckCharacterOf(first17);

        // 9*1 + 1*3 = 12; 31 - 12 = 19 → 'K' (index 19 of the alphabet).
        Assert.Equal('K', check);
    }
}
