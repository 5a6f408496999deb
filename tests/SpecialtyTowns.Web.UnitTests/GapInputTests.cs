using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Web.Forms;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class GapInputTests
{
    [Fact]
    public void ToContent_WhenKeywordsAreTypedOneALineWithBlanks_SendsEachTrimmedKeywordAndTrimsTheTexts()
    {
        var input = new GapInput { Title = "  医药辅料  ", Kind = "product", Keywords = "淀粉\r\n\n  明胶 \n\r\n", YearlyVolume = " 500 ", ChainNodeId = null };

        var content = input.ToContent();

        Assert.Equal("医药辅料", content.Title);
        Assert.Equal(new[] { "淀粉", "明胶" }, content.Keywords);
        Assert.Equal("500", content.YearlyVolume);
        Assert.Equal(string.Empty, content.ChainNodeId);
    }

    [Fact]
    public void ToContent_WhenTheVolumeIsNegative_SendsItAsTypedForTheServiceToRefuse()
    {
        var input = new GapInput { Title = "法兰锻件", YearlyVolume = "-5" };

        var content = input.ToContent();

        Assert.Equal("-5", content.YearlyVolume);
    }

    [Fact]
    public void From_WhenAGapIsEdited_FillsEveryFieldKeepsItsVersionAndTakesANewRequestId()
    {
        var gap = Gap();

        var input = GapInput.From(gap);
        var again = GapInput.From(gap);

        Assert.Equal(7, input.ExpectedVersion);
        Assert.Equal("淀粉\n明胶", input.Keywords);
        Assert.NotEqual(input.RequestId, again.RequestId);
        Assert.Equal(gap.Content, input.ToContent());
    }

    private static ChainGap Gap()
    {
        var content = new ChainGapContent
        {
            Title = "医药辅料",
            TitleEn = "Pharmaceutical excipients",
            ChainNodeId = Guid.NewGuid().ToString(),
            Kind = "product",
            Description = "园区缺少辅料企业",
            DescriptionEn = "The park lacks excipient makers",
            Specification = "药用级",
            YearlyVolume = "500",
            VolumeUnit = "吨/年",
            AnchorBuyer = "园区制药企业",
            Incentives = "厂房租金减免",
            Deadline = "2027-06-30",
            IndustryCode = "C27",
        };
        content.Keywords.Add(["淀粉", "明胶"]);
        return new ChainGap { Id = Guid.NewGuid().ToString(), Content = content, Version = 7, UpdatedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch) };
    }
}
