using SpecialtyTowns.Towns.Domain.Places;

namespace SpecialtyTowns.Towns.UnitTests.Domain.Places;

public sealed class CountyCitiesTests
{
    [Theory]
    [InlineData("定襄县", "忻州 Xinzhou")]
    [InlineData("定襄", "忻州 Xinzhou")]
    [InlineData("定襄县 Dingxiang", "忻州 Xinzhou")]
    [InlineData("Dingxiang", "忻州 Xinzhou")]
    [InlineData("dingxiang county", "忻州 Xinzhou")]
    [InlineData("忻州市定襄县", "忻州 Xinzhou")]
    [InlineData("山西省忻州市定襄县", "忻州 Xinzhou")]
    [InlineData("孝义市", "吕梁 Lüliang")]
    [InlineData("孝义 Xiaoyi", "吕梁 Lüliang")]
    [InlineData("Xiaoyi City", "吕梁 Lüliang")]
    [InlineData("晋源区", "太原 Taiyuan")]
    [InlineData("Jinyuan District", "太原 Taiyuan")]
    [InlineData("祁县", "晋中 Jinzhong")]
    [InlineData("Qixian", "晋中 Jinzhong")]
    [InlineData("Qi County", "晋中 Jinzhong")]
    [InlineData("太谷县", "晋中 Jinzhong")]
    [InlineData("潞城市", "长治 Changzhi")]
    [InlineData("怀仁 Huairen", "朔州 Shuozhou")]
    [InlineData("云州", "大同 Datong")]
    [InlineData("大同县", "大同 Datong")]
    [InlineData("晋城市城区", "晋城 Jincheng")]
    [InlineData("汾阳市 Fenyang", "吕梁 Lüliang")]
    [InlineData(" 泽州 Zezhou ", "晋城 Jincheng")]
    public void CityOf_WhenTheCountyIsWrittenWithOrWithoutSuffixOrInPinyin_GivesItsCity(string county, string city)
    {
        var found = CountyCities.Shanxi.CityOf(county);

        Assert.Equal(city, found);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("某某县")]
    [InlineData("某某县 Dingxiang")]
    [InlineData("Atlantis")]
    [InlineData("城区")]
    [InlineData("Pinglu")]
    [InlineData("祁")]
    [InlineData("大同市定襄县")]
    [InlineData("杭州市西湖区")]
    public void CityOf_WhenTheCountyIsUnknownAmbiguousOrContradictsItsCity_GivesNothing(string? county)
    {
        var found = CountyCities.Shanxi.CityOf(county);

        Assert.Null(found);
    }

    [Fact]
    public void Shanxi_WhenLoaded_HoldsElevenCitiesEachWithItsEnglishName()
    {
        var cities = CountyCities.Shanxi.Cities.ToList();

        Assert.Equal(["太原 Taiyuan", "大同 Datong", "阳泉 Yangquan", "长治 Changzhi", "晋城 Jincheng", "朔州 Shuozhou", "晋中 Jinzhong", "运城 Yuncheng", "忻州 Xinzhou", "临汾 Linfen", "吕梁 Lüliang"], cities);
    }
}
