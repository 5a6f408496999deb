using System.Text;
using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Gateway.Api.Funnel;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.UnitTests.Api.Funnel;

public sealed class LeadsCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 351", "'+86 351")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    public void Cell_WhenValueNeedsQuotingOrGuarding_QuotesAndGuardsIt(string value, string expected)
    {
        var cell = LeadsCsv.Cell(value);

        Assert.Equal(expected, cell);
    }

    [Fact]
    public void LeadRow_WhenChinese_WritesChineseLabelsAndEndsWithCrlf()
    {
        var lead = new Lead
        {
            Id = "l-1", OrganisationName = "晋中醋业有限公司", TownName = "清徐醋都", Stage = "signed", Source = "expo-meeting",
            ExpectedAmountFen = 1_234_567, Message = "=cmd|' /C calc'!A0", CreatedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero)),
        };

        var row = LeadsCsv.LeadRow(lead, english: false);

        Assert.Equal("l-1,晋中醋业有限公司,清徐醋都,签约,招商会洽谈,12345.67,,,,,,,2026-12-01 00:30,,'=cmd|' /C calc'!A0\r\n", row);
        Assert.StartsWith("线索编号,投资方,小镇,阶段", LeadsCsv.HeaderRow(english: false), StringComparison.Ordinal);
        Assert.StartsWith("Lead id,Organisation,Town,Stage", LeadsCsv.HeaderRow(english: true), StringComparison.Ordinal);
    }

    [Fact]
    public void ByteOrderMark_WhenWritten_IsUtf8s()
    {
        var mark = LeadsCsv.ByteOrderMark;

        Assert.Equal(Encoding.UTF8.GetPreamble(), mark);
    }
}
