using SpecialtyTowns.Expo.Domain.CheckIn;

namespace SpecialtyTowns.Expo.UnitTests.Domain.CheckIn;

public sealed class NameKeysTests
{
    [Theory]
    [InlineData("王建国", "wjg")]
    [InlineData("李红", "lh")]
    [InlineData("清徐县孟封镇", "qxxmfz")]
    [InlineData("太原 Taiyuan 2", "tytaiyuan2")]
    public void PinyinInitials_WhenCommonCharacters_GivesTheirInitials(string name, string expected)
    {
        var initials = NameKeys.PinyinInitials(name);

        Assert.Equal(expected, initials);
    }

    [Theory]
    [InlineData("建国")]
    [InlineData("WJG")]
    [InlineData("mengfeng")]
    [InlineData("Mengfeng Town")]
    public void Matches_WhenTheQueryIsPartOfANameItsEnglishNameOrInitials_IsTrue(string query)
    {
        var matches = NameKeys.Matches(NameKeys.Normalize(query), "王建国", "Mengfeng Town");

        Assert.True(matches);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("张")]
    public void Matches_WhenTheQueryIsBlankOrElsewhere_IsFalse(string query)
    {
        var matches = NameKeys.Matches(NameKeys.Normalize(query), "王建国", null);

        Assert.False(matches);
    }
}
