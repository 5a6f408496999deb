using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Validation;

public sealed class TextRuleTests
{
    [Theory]
    [InlineData("定襄法兰专业镇")]
    [InlineData("Dingxiang Flange Town")]
    [InlineData("法兰 🏭 flange")]
    [InlineData("עברית and العربية")]
    [InlineData("mark\u200Fkept")]
    [InlineData("")]
    public void Check_WhenTextIsPrintable_AcceptsIt(string value)
    {
        Assert.Null(TextRule.Check(value, multiLine: false));
    }

    [Theory]
    [InlineData("a\u0000b", "U+0000")]
    [InlineData("a\u0001b", "U+0001")]
    [InlineData("a\u001Bb", "U+001B")]
    [InlineData("a\u007Fb", "U+007F")]
    [InlineData("a\u0085b", "U+0085")]
    [InlineData("a\u009Fb", "U+009F")]
    public void Check_WhenTextHasAControlCharacter_RefusesItEvenInMultiLineFields(string value, string codePoint)
    {
        var problem = TextRule.Check(value, multiLine: true);

        Assert.Equal($"contains a control character ({codePoint}) at character 2", problem);
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("line\r\nbreak")]
    [InlineData("tab\tstop")]
    public void Check_WhenSingleLineFieldHasTabOrLineBreak_RefusesIt(string value)
    {
        var problem = TextRule.Check(value, multiLine: false);

        Assert.NotNull(problem);
        Assert.Contains("single-line", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("line\r\nbreak")]
    [InlineData("tab\tstop")]
    public void Check_WhenMultiLineFieldHasTabOrLineBreak_AcceptsIt(string value)
    {
        Assert.Null(TextRule.Check(value, multiLine: true));
    }

    // Built at run time: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
    [Theory]
    [InlineData(0xD800, "b")]
    [InlineData(0xDC00, "b")]
    [InlineData(0xD83D, "")]
    public void Check_WhenTextHasAnUnpairedSurrogate_RefusesIt(int surrogate, string after)
    {
        var problem = TextRule.Check("a" + (char)surrogate + after, multiLine: true);

        Assert.Equal($"contains an unpaired surrogate (U+{surrogate:X4}) at character 2", problem);
    }

    [Theory]
    [InlineData('\u202A')]
    [InlineData('\u202B')]
    [InlineData('\u202C')]
    [InlineData('\u202D')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    public void Check_WhenTextHasABidirectionalOverrideOrIsolate_RefusesIt(char bidi)
    {
        var problem = TextRule.Check("invoice" + bidi + "fdp.exe", multiLine: true);

        Assert.Equal($"contains a bidirectional override or isolate (U+{(int)bidi:X4}) at character 8", problem);
    }

    [Fact]
    public void Check_WhenAnEmojiPrecedesTheFault_CountsThePositionInCharacters()
    {
        var problem = TextRule.Check("🏭🏭\u0000", multiLine: false);

        Assert.Equal("contains a control character (U+0000) at character 3", problem);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("flange", 6)]
    [InlineData("定襄法兰专业镇", 7)]
    [InlineData("🏭🏭🏭", 3)]
    [InlineData("法兰🏭", 3)]
    public void Length_WhenTextHasChineseOrEmoji_CountsUnicodeScalarValues(string value, int expected)
    {
        Assert.Equal(expected, TextRule.Length(value));
    }

    [Theory]
    [InlineData("description", true)]
    [InlineData("description_en", true)]
    [InlineData("descriptionEn", true)]
    [InlineData("note", true)]
    [InlineData("instance_json", true)]
    [InlineData("name", false)]
    [InlineData("email", false)]
    [InlineData("title", false)]
    public void IsMultiLine_WhenFieldIsProseOrAName_DecidesAlikeInBothSpellings(string field, bool expected)
    {
        Assert.Equal(expected, TextFields.IsMultiLine(field));
    }
}
