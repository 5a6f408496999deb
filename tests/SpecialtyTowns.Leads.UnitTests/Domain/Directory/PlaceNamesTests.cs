using SpecialtyTowns.Leads.Domain.Directory;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Directory;

public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("大同 Datong", "大同")]
    [InlineData("大同市", "大同")]
    [InlineData(" 大同 ", "大同")]
    [InlineData("Datong", "大同")]
    [InlineData("Datong City", "大同")]
    [InlineData("吕梁 Lüliang", "吕梁")]
    [InlineData("Lüliang", "吕梁")]
    [InlineData("Lvliang", "吕梁")]
    [InlineData("山西省", "山西")]
    [InlineData("Shanxi Province", "shanxi")]
    [InlineData("Hangzhou", "hangzhou")]
    [InlineData("测试市3fa2b1c0", "测试市3fa2b1c0")]
    [InlineData(null, "")]
    public void Key_WhenAPlaceIsWrittenInAnyOfItsForms_GivesOneKey(string? place, string expected)
    {
        var key = PlaceNames.Key(place);

        Assert.Equal(expected, key);
    }

    [Theory]
    [InlineData("大同 Datong", "大同", "Datong")]
    [InlineData("吕梁 Lüliang", "吕梁", "Lüliang")]
    [InlineData("忻州市", "忻州市", "忻州市")]
    [InlineData("Taiyuan", "Taiyuan", "Taiyuan")]
    public void Split_WhenGivenATownsCity_GivesEachLanguageItsName(string place, string zh, string en)
    {
        var names = PlaceNames.Split(place);

        Assert.Equal((zh, en), names);
    }
}
