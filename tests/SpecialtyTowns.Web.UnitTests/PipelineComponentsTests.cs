using Bunit;
using SpecialtyTowns.Gateway.Web.Components.Pipeline;
using SpecialtyTowns.Gateway.Web.Pipeline;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class PipelineComponentsTests
{
    [Theory]
    [InlineData("zh-CN", "合同编号（必填）")]
    [InlineData("en", "Contract reference (required)")]
    public void StageFieldInputs_WhenAStageRequiresFields_AsksForExactlyThoseThenTheNote(string culture, string contractLabel)
    {
        using var scope = new CultureScope(culture);
        using var context = PageContext.Create();
        string[] required = ["amount_fen", "signed_on", "contract_reference"];

        var form = context.Render<StageFieldInputs>(p => p.Add(c => c.Required, required).Add(c => c.Input, new StageFieldsInput()));

        Assert.Equal(["field-amount-fen", "field-signed-on", "field-contract-reference", "field-note"], form.FindAll("input, textarea, select").Select(e => e.Id));
        Assert.Equal("date", form.Find("#field-signed-on").GetAttribute("type"));
        Assert.Equal("Move.AmountYuan", form.Find("#field-amount-fen").GetAttribute("name"));
        Assert.Equal(contractLabel, form.Find("label[for=field-contract-reference]").TextContent);
    }

    [Fact]
    public void StageFieldInputs_WhenLosingALead_OffersTheTownsReasonsButNotRetiredOnes()
    {
        using var scope = new CultureScope("en");
        using var context = PageContext.Create();
        LostReason[] reasons = [new() { Key = "price", Name = "价格", NameEn = "Price" }, new() { Key = "old", Name = "旧原因", Retired = true }];

        var form = context.Render<StageFieldInputs>(p => p.Add(c => c.Required, ["lost_reason"]).Add(c => c.Input, new StageFieldsInput()).Add(c => c.Reasons, reasons));

        Assert.Equal(["", "price"], form.FindAll("#field-lost-reason option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Price", form.FindAll("#field-lost-reason option")[1].TextContent);
    }

    [Fact]
    public void LeadCard_WhenTheLeadMayMoveOn_OffersOnlyItsNextStagesByName()
    {
        using var scope = new CultureScope("zh-CN");
        using var context = PageContext.Create();
        var rules = new PipelineRules
        {
            Stages =
            {
                new StageRule { Stage = "negotiating", NameZh = "谈判", NameEn = "Negotiating", NextStages = { "signed", "site-visit", "lost" } },
                new StageRule { Stage = "signed", NameZh = "签约", NameEn = "Signed" },
                new StageRule { Stage = "lost", NameZh = "流失", NameEn = "Lost" },
            },
        };
        var lead = new Lead { Id = "l1", Stage = "negotiating", OrganisationName = "晋商基金", NextStages = { "signed", "lost" } };

        var card = context.Render<LeadCard>(p => p.Add(c => c.Lead, lead).Add(c => c.Rules, rules));

        var moves = card.FindAll(".st-move-menu a");
        Assert.Equal(["/workspace/leads/l1/move/signed", "/workspace/leads/l1/move/lost"], moves.Select(a => a.GetAttribute("href")));
        Assert.Equal(["签约", "流失"], moves.Select(a => a.TextContent));
    }
}
