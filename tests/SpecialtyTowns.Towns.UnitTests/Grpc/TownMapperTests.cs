using SpecialtyTowns.Towns.Grpc;
using SpecialtyTowns.Towns.V1;
using DomainTown = SpecialtyTowns.Towns.Domain.Town;
using DomainTownCategory = SpecialtyTowns.Towns.Domain.TownCategory;
using DomainTownLevel = SpecialtyTowns.Towns.Domain.TownLevel;
using TownCategory = SpecialtyTowns.Towns.V1.TownCategory;
using TownLevel = SpecialtyTowns.Towns.V1.TownLevel;

namespace SpecialtyTowns.Towns.UnitTests.Grpc;

public sealed class TownMapperTests
{
    private static readonly DateTimeOffset Now = new(2023, 6, 28, 9, 30, 0, TimeSpan.FromHours(8));

    public static TheoryData<TownLevel, DomainTownLevel> Levels => new()
    {
        { TownLevel.Unspecified, DomainTownLevel.Unknown },
        { TownLevel.Provincial, DomainTownLevel.Provincial },
        { TownLevel.Municipal, DomainTownLevel.Municipal },
    };

    public static TheoryData<TownCategory, DomainTownCategory> Categories => new()
    {
        { TownCategory.AdvancedManufacturing, DomainTownCategory.AdvancedManufacturing },
        { TownCategory.SpecialtyLightIndustry, DomainTownCategory.SpecialtyLightIndustry },
        { TownCategory.SpecialtyAgriculture, DomainTownCategory.SpecialtyAgriculture },
    };

    [Fact]
    public void ToRegistration_WhenRequestIsComplete_CopiesEveryField()
    {
        var request = Request();

        var registration = TownMapper.ToRegistration(request);

        Assert.Equal("定襄法兰专业镇", registration.Name);
        Assert.Equal("Dingxiang Flange Town", registration.NameEn);
        Assert.Equal("忻州 Xinzhou", registration.City);
        Assert.Equal("定襄县 Dingxiang", registration.County);
        Assert.Equal(DomainTownLevel.Provincial, registration.Level);
        Assert.Equal(DomainTownCategory.AdvancedManufacturing, registration.Category);
        Assert.Equal("法兰 flanges", registration.MainIndustry);
        Assert.Equal(["fact one", "fact two"], registration.Facts);
    }

    [Fact]
    public void ToMessage_WhenTownWasRegisteredFromARequest_GivesBackTheRequestFields()
    {
        var request = Request();
        var town = DomainTown.Register(TownMapper.ToRegistration(request), Now);

        var message = TownMapper.ToMessage(town);

        Assert.Equal(town.Id.ToString(), message.Id);
        Assert.Equal(request.Name, message.Name);
        Assert.Equal(request.NameEn, message.NameEn);
        Assert.Equal(request.City, message.City);
        Assert.Equal(request.County, message.County);
        Assert.Equal(request.Level, message.Level);
        Assert.Equal(request.Category, message.Category);
        Assert.Equal(request.MainIndustry, message.MainIndustry);
        Assert.Equal(request.Facts, message.Facts);
        Assert.Equal(Now, message.RegisteredAt.ToDateTimeOffset());
    }

    [Fact]
    public void ToMessage_WhenOptionalFieldsAreAbsent_GivesEmptyStringsAndUnspecifiedLevel()
    {
        var request = Request();
        request.NameEn = string.Empty;
        request.City = " ";
        request.County = string.Empty;
        request.Level = TownLevel.Unspecified;
        request.Facts.Clear();
        var town = DomainTown.Register(TownMapper.ToRegistration(request), Now);

        var message = TownMapper.ToMessage(town);

        Assert.Equal(string.Empty, message.NameEn);
        Assert.Equal(string.Empty, message.City);
        Assert.Equal(string.Empty, message.County);
        Assert.Equal(TownLevel.Unspecified, message.Level);
        Assert.Empty(message.Facts);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void ToRegistration_WhenGivenALevel_MapsItAndBack(TownLevel wire, DomainTownLevel domain)
    {
        var request = Request();
        request.Level = wire;

        var registration = TownMapper.ToRegistration(request);
        var message = TownMapper.ToMessage(DomainTown.Register(registration, Now));

        Assert.Equal(domain, registration.Level);
        Assert.Equal(wire, message.Level);
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void ToRegistration_WhenGivenACategory_MapsItAndBack(TownCategory wire, DomainTownCategory domain)
    {
        var request = Request();
        request.Category = wire;

        var registration = TownMapper.ToRegistration(request);
        var message = TownMapper.ToMessage(DomainTown.Register(registration, Now));

        Assert.Equal(domain, registration.Category);
        Assert.Equal(wire, message.Category);
    }

    [Fact]
    public void ToRegistration_WhenEveryWireCategoryButUnspecifiedIsMapped_CoversTheWholeEnum()
    {
        var wireCategories = Enum.GetValues<TownCategory>().Where(c => c != TownCategory.Unspecified);

        var domainCategories = wireCategories.Select(c => TownMapper.ToRegistration(Request(c)).Category);

        Assert.Equal(Enum.GetValues<DomainTownCategory>().Order(), domainCategories.Order());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    public void ToRegistration_WhenCategoryIsNotMapped_Throws(int category)
    {
        var request = Request((TownCategory)category);

        Assert.Throws<ArgumentOutOfRangeException>(() => TownMapper.ToRegistration(request));
    }

    private static RegisterTownRequest Request(TownCategory category = TownCategory.AdvancedManufacturing) => new()
    {
        RequestId = "req-1",
        Name = "定襄法兰专业镇",
        NameEn = "Dingxiang Flange Town",
        City = "忻州 Xinzhou",
        County = "定襄县 Dingxiang",
        Level = TownLevel.Provincial,
        Category = category,
        MainIndustry = "法兰 flanges",
        Facts = { "fact one", "fact two" },
    };
}
