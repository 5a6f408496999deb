using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Grpc;
using SpecialtyTowns.Towns.V1;
using TownCategory = SpecialtyTowns.Towns.V1.TownCategory;
using TownLevel = SpecialtyTowns.Towns.V1.TownLevel;

namespace SpecialtyTowns.Towns.UnitTests.Grpc;

public sealed class RegisterTownRequestValidatorTests
{
    public static TheoryData<string, RegisterTownRequest> InvalidRequests => new()
    {
        { "request_id", Valid(r => r.RequestId = Text(TownLimits.RequestId + 1)) },
        { "name", Valid(r => r.Name = string.Empty) },
        { "name", Valid(r => r.Name = "   ") },
        { "name", Valid(r => r.Name = Text(TownLimits.Name + 1)) },
        { "name_en", Valid(r => r.NameEn = Text(TownLimits.NameEn + 1)) },
        { "city", Valid(r => r.City = Text(TownLimits.Place + 1)) },
        { "county", Valid(r => r.County = Text(TownLimits.Place + 1)) },
        { "level", Valid(r => r.Level = (TownLevel)3) },
        { "level", Valid(r => r.Level = (TownLevel)(-1)) },
        { "category", Valid(r => r.Category = TownCategory.Unspecified) },
        { "category", Valid(r => r.Category = (TownCategory)4) },
        { "main_industry", Valid(r => r.MainIndustry = string.Empty) },
        { "main_industry", Valid(r => r.MainIndustry = Text(TownLimits.MainIndustry + 1)) },
        { "facts", Valid(r => r.Facts.AddRange(Enumerable.Repeat("fact", TownLimits.Facts))) },
        { "facts[0]", Valid(r => r.Facts[0] = " ") },
        { "facts[1]", Valid(r => r.Facts.Add(Text(TownLimits.Fact + 1))) },
    };

    public static TheoryData<RegisterTownRequest> BoundaryRequests => new()
    {
        Valid(r => r.RequestId = Text(TownLimits.RequestId)),
        Valid(r => r.Name = Text(TownLimits.Name)),
        Valid(r => r.NameEn = Text(TownLimits.NameEn)),
        Valid(r => r.City = Text(TownLimits.Place)),
        Valid(r => r.County = Text(TownLimits.Place)),
        Valid(r => r.MainIndustry = Text(TownLimits.MainIndustry)),
        Valid(r => r.Facts[0] = Text(TownLimits.Fact)),
        Valid(r => r.Facts.AddRange(Enumerable.Repeat("fact", TownLimits.Facts - 1))),
        Valid(r =>
        {
            r.RequestId = string.Empty;
            r.NameEn = string.Empty;
            r.City = string.Empty;
            r.County = string.Empty;
            r.Facts.Clear();
        }),
    };

    [Fact]
    public void Validate_WhenRequestIsValid_DoesNotThrow()
    {
        var request = Valid();

        var exception = Record.Exception(() => RegisterTownRequestValidator.Validate(request));

        Assert.Null(exception);
    }

    [Theory]
    [MemberData(nameof(BoundaryRequests))]
    public void Validate_WhenFieldsAreAtTheirLimits_DoesNotThrow(RegisterTownRequest request)
    {
        var exception = Record.Exception(() => RegisterTownRequestValidator.Validate(request));

        Assert.Null(exception);
    }

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void Validate_WhenOneFieldIsInvalid_NamesItsProtoField(string field, RegisterTownRequest request)
    {
        var exception = Assert.Throws<RequestValidationException>(() => RegisterTownRequestValidator.Validate(request));

        var violation = Assert.Single(exception.Violations);
        Assert.Equal(field, violation.Field);
    }

    [Theory]
    [InlineData(TownLevel.Unspecified)]
    [InlineData(TownLevel.Provincial)]
    [InlineData(TownLevel.Municipal)]
    public void Validate_WhenLevelIsDefined_AcceptsItIncludingUnspecified(TownLevel level)
    {
        var request = Valid(r => r.Level = level);

        var exception = Record.Exception(() => RegisterTownRequestValidator.Validate(request));

        Assert.Null(exception);
    }

    [Fact]
    public void Validate_WhenCategoryIsUnspecified_ReportsItAsRequired()
    {
        var request = Valid(r => r.Category = TownCategory.Unspecified);

        var exception = Assert.Throws<RequestValidationException>(() => RegisterTownRequestValidator.Validate(request));

        Assert.Equal(new FieldViolation("category", "is required"), Assert.Single(exception.Violations));
    }

    [Fact]
    public void Validate_WhenCategoryIsAnUnknownNumber_ReportsItAsUnknown()
    {
        var request = Valid(r => r.Category = (TownCategory)42);

        var exception = Assert.Throws<RequestValidationException>(() => RegisterTownRequestValidator.Validate(request));

        Assert.Equal(new FieldViolation("category", "'42' is not a known TownCategory"), Assert.Single(exception.Violations));
    }

    [Fact]
    public void Validate_WhenSeveralFieldsAreInvalid_ReportsThemTogetherInContractOrder()
    {
        var request = new RegisterTownRequest
        {
            RequestId = Text(TownLimits.RequestId + 1),
            Name = " ",
            NameEn = Text(TownLimits.NameEn + 1),
            City = Text(TownLimits.Place + 1),
            County = Text(TownLimits.Place + 1),
            Level = (TownLevel)9,
            Category = TownCategory.Unspecified,
            MainIndustry = string.Empty,
            Facts = { "ok", string.Empty, Text(TownLimits.Fact + 1) },
        };

        var exception = Assert.Throws<RequestValidationException>(() => RegisterTownRequestValidator.Validate(request));

        Assert.Equal(
            ["request_id", "name", "name_en", "city", "county", "level", "category", "main_industry", "facts[1]", "facts[2]"],
            exception.Violations.Select(v => v.Field));
    }

    private static RegisterTownRequest Valid(Action<RegisterTownRequest>? change = null)
    {
        var request = new RegisterTownRequest
        {
            RequestId = "0198f4b2-7c1e-7d4a-9e3b-5a6c7d8e9f01",
            Name = "定襄法兰专业镇",
            NameEn = "Dingxiang Flange Town",
            City = "忻州 Xinzhou",
            County = "定襄县 Dingxiang",
            Level = TownLevel.Provincial,
            Category = TownCategory.AdvancedManufacturing,
            MainIndustry = "法兰 flanges",
            Facts = { "One in every three exported flanges comes from Dingxiang" },
        };
        change?.Invoke(request);
        return request;
    }

    private static string Text(int length) => new('镇', length);
}
