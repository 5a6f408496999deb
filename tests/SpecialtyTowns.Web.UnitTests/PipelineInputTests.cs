using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.Gateway.Web.Pipeline;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class PipelineInputTests
{
    [Fact]
    public void ToFields_WhenAmountsAreGivenInYuan_SendsFenAndSaysTheyWereGiven()
    {
        var input = new StageFieldsInput { AmountYuan = "1,234.56", ExpectedAmountYuan = "0", ContractReference = " HT-1 ", Parties = "甲方\n\n乙方 " };
        var notNumbers = new List<string>();

        var fields = input.ToFields(notNumbers);

        Assert.Empty(notNumbers);
        Assert.Equal((123_456L, true), (fields.AmountFen, fields.HasAmount));
        Assert.Equal((0L, true), (fields.ExpectedAmountFen, fields.HasExpectedAmount));
        Assert.Equal("HT-1", fields.ContractReference);
        Assert.Equal(["甲方", "乙方"], fields.Parties);
    }

    [Fact]
    public void ToFields_WhenAnAmountIsNotANumber_NamesItAndLeavesItOut()
    {
        var input = new StageFieldsInput { AmountYuan = "五千万" };
        var notNumbers = new List<string>();

        var fields = input.ToFields(notNumbers);

        Assert.Equal(["amount_fen"], notNumbers);
        Assert.False(fields.HasAmount);
        Assert.False(fields.HasExpectedAmount);
    }

    [Theory]
    [InlineData("amount_fen", "Move.AmountYuan")]
    [InlineData("expected_amount_fen", "Move.ExpectedAmountYuan")]
    [InlineData("next_action_due", "Move.NextActionDue")]
    [InlineData("construction_started_on", "Move.ConstructionStartedOn")]
    public void PostedName_WhenAskedForAStageField_NamesTheInputsProperty(string field, string expected) =>
        Assert.Equal(expected, StageFieldsInput.PostedName("Move", field));

    [Theory]
    [InlineData("signed", "negotiating")]
    [InlineData("in-production", "negotiating")]
    [InlineData("site-visit", "site-visit")]
    [InlineData("lead", "lead")]
    public void ReopenTarget_WhenLostFromAStage_IsThatStageOrNegotiatingAfterSigning(string lostFrom, string expected) =>
        Assert.Equal(expected, StageNames.ReopenTarget(new Lead { Stage = "lost", LostFrom = lostFrom }));

    [Fact]
    public void BoardColumns_WhenLeadsAreInSomeStages_CountAndSumEachStageInTheRulesOrder()
    {
        var rules = new PipelineRules { Stages = { new StageRule { Stage = "lead" }, new StageRule { Stage = "negotiating" }, new StageRule { Stage = "signed" } } };
        Lead[] leads =
        [
            new() { Id = "1", Stage = "negotiating", ExpectedAmountFen = 500 },
            new() { Id = "2", Stage = "negotiating", ExpectedAmountFen = 250 },
            new() { Id = "3", Stage = "lead" },
        ];

        var columns = BoardColumn.Of(rules, leads);

        Assert.Equal(["lead", "negotiating", "signed"], columns.Select(c => c.Stage.Stage));
        Assert.Equal([1, 2, 0], columns.Select(c => c.Count));
        Assert.Equal([0L, 750L, 0L], columns.Select(c => c.AmountFen));
    }

    [Fact]
    public void MissingFields_WhenAMoveIsRefusedForFields_AreTheViolationsSubjects()
    {
        var failure = new PreconditionFailure
        {
            Violations =
            {
                new PreconditionFailure.Types.Violation { Type = "missing-field", Subject = "signed_on" },
                new PreconditionFailure.Types.Violation { Type = "missing-field", Subject = "contract_reference" },
                new PreconditionFailure.Types.Violation { Type = "other", Subject = "stage" },
            },
        };
        var status = new Google.Rpc.Status { Code = (int)Code.FailedPrecondition, Message = "needs fields", Details = { Any.Pack(failure) } };

        var missing = LeadRefusals.MissingFields(status.ToRpcException());

        Assert.Equal(["signed_on", "contract_reference"], missing);
    }

    [Fact]
    public void LostReasons_WhenNewRowsHaveNoKey_GetKebabKeysFromTheirEnglishNameUnlikeTheOthersAndEmptyRowsAreDropped()
    {
        var input = new LostReasonsInput
        {
            Rows =
            [
                new LostReasonRow { Key = "land-price", Name = "地价", NameEn = "Land price" },
                new LostReasonRow { Name = "地价高", NameEn = "Land price!" },
                new LostReasonRow { Name = "其他" },
                new LostReasonRow(),
            ],
        };

        var request = input.ToRequest(Guid.NewGuid());

        Assert.Equal(3, request.Reasons.Count);
        Assert.Equal("land-price", request.Reasons[0].Key);
        Assert.StartsWith("land-price-", request.Reasons[1].Key, StringComparison.Ordinal);
        Assert.StartsWith("reason-", request.Reasons[2].Key, StringComparison.Ordinal);
        Assert.All(request.Reasons, r => Assert.Matches("^[a-z0-9-]+$", r.Key));
    }
}
