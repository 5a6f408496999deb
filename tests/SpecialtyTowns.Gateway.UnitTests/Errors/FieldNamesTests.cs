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
    [InlineData("facts.values", "facts")]
    [InlineData("facts.values[2]", "facts[2]")]
    [InlineData("contacts.values[0].name", "contacts[0].name")]
    [InlineData("key_figures.values[1].value_text", "keyFigures[1].valueText")]
    [InlineData("platforms.values", "platforms")]
    [InlineData("content.title", "title")]
    [InlineData("content.industry_code", "industry")]
    [InlineData("content.amount_min_fen", "amountMinYuan")]
    [InlineData("content.amount_max_fen", "amountMaxYuan")]
    [InlineData("content.cooperation_modes[0]", "cooperationModes[0]")]
    [InlineData("instance_json", "instance")]
    [InlineData("instance_json.slots", "instance.slots")]
    [InlineData("instance_json.meetings", "instance.meetings")]
    [InlineData("content.contact_email", "contactEmail")]
    [InlineData("profile.unified_social_credit_code", "unifiedSocialCreditCode")]
    [InlineData("profile.capacities[0].amount", "capacities[0].amount")]
    [InlineData("profile.contacts[1].email", "contacts[1].email")]
    [InlineData("profile.cnc_rate_percent", "cncRatePercent")]
    [InlineData("content.chain_node_id", "chainNodeId")]
    [InlineData("content.yearly_volume", "yearlyVolume")]
    [InlineData("content.enterprise_ids[0]", "enterpriseIds[0]")]
    [InlineData("filled_by_enterprise_id", "filledByEnterpriseId")]
    [InlineData("expected_version", "expectedVersion")]
    public void ToJson_WhenPathIsAProtoPath_ReturnsTheJsonPathTheBodyUses(string protoPath, string expected)
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

    [Theory]
    [InlineData("text", "q")]
    [InlineData("page.page_size", "pageSize")]
    [InlineData("page.page", "page")]
    [InlineData("page_size", "pageSize")]
    [InlineData("amount_band", "amountBand")]
    [InlineData("cooperation_mode", "cooperationMode")]
    public void ToJson_WhenRouteIsASearch_ReturnsTheQueryParameterName(string protoPath, string expected)
    {
        var json = FieldNames.ToJson(protoPath, RestFieldNames.Search);

        Assert.Equal(expected, json);
    }

    [Fact]
    public void ToJson_WhenRouteRenamesALeadingSegment_KeepsTheRestOfThePath()
    {
        var route = new RestFieldNames(new Dictionary<string, string> { ["instance"] = "body.instance" });

        var json = FieldNames.ToJson("instance.slots[3]", route);

        Assert.Equal("body.instance.slots[3]", json);
    }

    [Fact]
    public void ToJson_WhenRouteHasNoSearchNames_LeavesTextAlone()
    {
        var json = FieldNames.ToJson("text");

        Assert.Equal("text", json);
    }

    [Theory]
    [InlineData("content.industry_code", "industryCode")]
    [InlineData("content.chain_node_id", "chainNodeId")]
    [InlineData("town_id", "townId")]
    public void ToJson_WhenRouteIsAChainGap_KeepsTheGapsIndustryCodeName(string protoPath, string expected)
    {
        var json = FieldNames.ToJson(protoPath, RestFieldNames.ChainGap);

        Assert.Equal(expected, json);
    }
}
