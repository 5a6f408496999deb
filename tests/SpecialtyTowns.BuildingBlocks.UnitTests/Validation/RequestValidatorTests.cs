using SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Validation;

public sealed class RequestValidatorTests
{
    private const int MaxLength = 10;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Required_WhenValueIsMissingOrBlank_ReportsRequired(string? value)
    {
        var validator = new RequestValidator();

        validator.Required("name", value, MaxLength);

        var violation = Assert.Single(validator.Violations);
        Assert.Equal(new FieldViolation("name", "is required"), violation);
    }

    [Fact]
    public void Required_WhenValueIsExactlyMaxLength_ReportsNothing()
    {
        var validator = new RequestValidator();

        validator.Required("name", new string('x', MaxLength), MaxLength);

        Assert.Empty(validator.Violations);
    }

    [Fact]
    public void Required_WhenValueIsOneOverMaxLength_ReportsLength()
    {
        var validator = new RequestValidator();

        validator.Required("name", new string('x', MaxLength + 1), MaxLength);

        var violation = Assert.Single(validator.Violations);
        Assert.Equal("name", violation.Field);
        Assert.Equal("is 11 characters long; at most 10 are allowed", violation.Description);
    }

    [Theory]
    [InlineData("定襄法兰专业镇🏭🏭🏭")]
    [InlineData("🏭🏭🏭🏭🏭🏭🏭🏭🏭🏭")]
    public void Required_WhenTenCharactersTakeMoreUtf16Units_CountsCharacters(string value)
    {
        var validator = new RequestValidator();

        validator.Required("name", value, MaxLength);

        Assert.Empty(validator.Violations);
    }

    [Fact]
    public void Required_WhenElevenEmojiExceedTen_ReportsTheLengthInCharacters()
    {
        var validator = new RequestValidator();

        validator.Required("name", string.Concat(Enumerable.Repeat("🏭", MaxLength + 1)), MaxLength);

        Assert.Equal("is 11 characters long; at most 10 are allowed", Assert.Single(validator.Violations).Description);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Optional_WhenValueIsAbsent_ReportsNothing(string? value)
    {
        var validator = new RequestValidator();

        validator.Optional("name_en", value, MaxLength);

        Assert.Empty(validator.Violations);
    }

    [Fact]
    public void Optional_WhenValueIsExactlyMaxLength_ReportsNothing()
    {
        var validator = new RequestValidator();

        validator.Optional("name_en", new string('x', MaxLength), MaxLength);

        Assert.Empty(validator.Violations);
    }

    [Fact]
    public void Optional_WhenValueIsOneOverMaxLength_ReportsLength()
    {
        var validator = new RequestValidator();

        validator.Optional("name_en", new string('x', MaxLength + 1), MaxLength);

        var violation = Assert.Single(validator.Violations);
        Assert.Equal("name_en", violation.Field);
        Assert.Equal("is 11 characters long; at most 10 are allowed", violation.Description);
    }

    [Fact]
    public void Items_WhenCountIsExactlyMaxAndItemsAreValid_ReportsNothing()
    {
        var validator = new RequestValidator();

        validator.Items("facts", ["a", "b", "c"], maxCount: 3, maxLength: MaxLength);

        Assert.Empty(validator.Violations);
    }

    [Fact]
    public void Items_WhenCountIsOneOverMax_ReportsTheCollection()
    {
        var validator = new RequestValidator();

        validator.Items("facts", ["a", "b", "c", "d"], maxCount: 3, maxLength: MaxLength);

        var violation = Assert.Single(validator.Violations);
        Assert.Equal(new FieldViolation("facts", "has 4 items; at most 3 are allowed"), violation);
    }

    [Fact]
    public void Items_WhenItemsAreBlankOrTooLong_ReportsEachByIndex()
    {
        var validator = new RequestValidator();

        validator.Items("facts", ["ok", " ", new string('x', MaxLength), new string('x', MaxLength + 1)], maxCount: 10, maxLength: MaxLength);

        Assert.Collection(
            validator.Violations,
            v => Assert.Equal(new FieldViolation("facts[1]", "is required"), v),
            v => Assert.Equal("facts[3]", v.Field));
    }

    [Fact]
    public void Items_WhenEmpty_ReportsNothing()
    {
        var validator = new RequestValidator();

        validator.Items("facts", [], maxCount: 3, maxLength: MaxLength);

        Assert.Empty(validator.Violations);
    }

    [Theory]
    [InlineData(SampleKind.First, false)]
    [InlineData(SampleKind.Second, true)]
    [InlineData(SampleKind.Unspecified, true)]
    public void DefinedEnum_WhenValueIsAllowed_ReportsNothing(SampleKind value, bool allowUnspecified)
    {
        var validator = new RequestValidator();

        validator.DefinedEnum("kind", value, allowUnspecified);

        Assert.Empty(validator.Violations);
    }

    [Fact]
    public void DefinedEnum_WhenUnspecifiedIsNotAllowed_ReportsRequired()
    {
        var validator = new RequestValidator();

        validator.DefinedEnum("kind", SampleKind.Unspecified, allowUnspecified: false);

        var violation = Assert.Single(validator.Violations);
        Assert.Equal(new FieldViolation("kind", "is required"), violation);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(-1, true)]
    [InlineData(99, false)]
    public void DefinedEnum_WhenValueIsUnknownNumber_ReportsUnknown(int raw, bool allowUnspecified)
    {
        var validator = new RequestValidator();

        validator.DefinedEnum("kind", (SampleKind)raw, allowUnspecified);

        var violation = Assert.Single(validator.Violations);
        Assert.Equal("kind", violation.Field);
        Assert.Equal($"'{raw}' is not a known SampleKind", violation.Description);
    }

    [Fact]
    public void Guid_WhenRequiredAndMissing_ReportsRequired()
    {
        var validator = new RequestValidator();

        validator.Guid("id", string.Empty);

        var violation = Assert.Single(validator.Violations);
        Assert.Equal(new FieldViolation("id", "is required"), violation);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Guid_WhenOptionalAndMissing_ReportsNothing(string? value)
    {
        var validator = new RequestValidator();

        validator.Guid("town_id", value, required: false);

        Assert.Empty(validator.Violations);
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("0198f4b2-7c1e-7d4a-9e3b")]
    [InlineData(" ")]
    public void Guid_WhenValueIsNotAUuid_ReportsFormat(string value)
    {
        var validator = new RequestValidator();

        validator.Guid("id", value, required: false);

        var violation = Assert.Single(validator.Violations);
        Assert.Equal(new FieldViolation("id", "must be a UUID"), violation);
    }

    [Fact]
    public void Guid_WhenValueIsAUuid_ReportsNothing()
    {
        var validator = new RequestValidator();

        validator.Guid("id", "0198f4b2-7c1e-7d4a-9e3b-5a6c7d8e9f01");

        Assert.Empty(validator.Violations);
    }

    [Fact]
    public void Must_WhenConditionFails_ReportsTheGivenViolation()
    {
        var validator = new RequestValidator();

        validator.Must(false, "page.page_size", "must be between 1 and 100");

        var violation = Assert.Single(validator.Violations);
        Assert.Equal(new FieldViolation("page.page_size", "must be between 1 and 100"), violation);
    }

    [Fact]
    public void Must_WhenConditionHolds_ReportsNothing()
    {
        var validator = new RequestValidator();

        validator.Must(true, "page.page_size", "must be between 1 and 100");

        Assert.Empty(validator.Violations);
    }

    [Fact]
    public void Violations_WhenSeveralRulesFail_CollectsEveryOneInOrder()
    {
        var validator = new RequestValidator();

        validator
            .Required("name", " ", MaxLength)
            .Optional("name_en", new string('x', MaxLength + 1), MaxLength)
            .Items("facts", ["ok", ""], maxCount: 1, maxLength: MaxLength)
            .DefinedEnum("kind", SampleKind.Unspecified, allowUnspecified: false)
            .Guid("id", "nope")
            .Must(false, "page.page_token", "is not a token this service issued");

        Assert.Equal(
            ["name", "name_en", "facts", "facts[1]", "kind", "id", "page.page_token"],
            validator.Violations.Select(v => v.Field));
    }

    [Fact]
    public void ThrowIfInvalid_WhenRulesFailed_ThrowsWithEveryViolation()
    {
        var validator = new RequestValidator()
            .Required("name", null, MaxLength)
            .Guid("id", "nope")
            .Must(false, "page.page_size", "must be between 1 and 100");

        var exception = Assert.Throws<RequestValidationException>(validator.ThrowIfInvalid);

        Assert.Equal(
            [
                new FieldViolation("name", "is required"),
                new FieldViolation("id", "must be a UUID"),
                new FieldViolation("page.page_size", "must be between 1 and 100"),
            ],
            exception.Violations);
        Assert.Equal(
            "Request is invalid: name: is required; id: must be a UUID; page.page_size: must be between 1 and 100",
            exception.Message);
    }

    [Fact]
    public void ThrowIfInvalid_WhenEveryRuleHolds_DoesNotThrow()
    {
        var validator = new RequestValidator()
            .Required("name", "定襄法兰专业镇", MaxLength)
            .Optional("name_en", null, MaxLength)
            .Items("facts", ["one"], maxCount: 1, maxLength: MaxLength)
            .DefinedEnum("kind", SampleKind.First, allowUnspecified: false)
            .Guid("id", System.Guid.CreateVersion7().ToString())
            .Must(true, "page.page_size", "must be between 1 and 100");

        var exception = Record.Exception(validator.ThrowIfInvalid);

        Assert.Null(exception);
        Assert.Empty(validator.Violations);
    }

    [Fact]
    public void ThrowIfInvalid_WhenValidatorIsUsedAfterThrowing_KeepsTheThrownListUnchanged()
    {
        var validator = new RequestValidator().Required("name", null, MaxLength);
        var exception = Assert.Throws<RequestValidationException>(validator.ThrowIfInvalid);

        validator.Must(false, "later", "added after the throw");

        Assert.Single(exception.Violations);
        Assert.Equal(2, validator.Violations.Count);
    }
}
