using SpecialtyTowns.Gateway.Errors;

namespace SpecialtyTowns.Gateway.UnitTests.Errors;

public sealed class FieldNamesTests
{
    [Theory]
    [InlineData("main_industry", "mainIndustry")]
    [InlineData("name_en", "nameEn")]
    [InlineData("request_id", "requestId")]
    [InlineData("town_id", "townId")]
    [InlineData("page.page_size", "page.pageSize")]
    [InlineData("page.page_token", "page.pageToken")]
    [InlineData("instance_json.slots", "instance.slots")]
    [InlineData("instance_json.meetings", "instance.meetings")]
    [InlineData("content.contact_email", "contactEmail")]
    public void ToJson_WhenPathHasSnakeCaseSegments_ReturnsCamelCase(string protoPath, string expected)
    {
        var json = FieldNames.ToJson(protoPath);

        Assert.Equal(expected, json);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("facts")]
    [InlineData("facts[0]")]
    [InlineData("facts[12]")]
    [InlineData("")]
    public void ToJson_WhenPathHasNoUnderscore_ReturnsItUnchanged(string protoPath)
    {
        var json = FieldNames.ToJson(protoPath);

        Assert.Equal(protoPath, json);
    }
}
