using System.Globalization;
using System.Text;
using SpecialtyTowns.Gateway.Api.Projects;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Api.Funnel;

/// <summary>
/// The leads export as Excel opens it correctly in Chinese: UTF-8 with a byte order mark (without it Excel
/// reads GBK and shows mojibake), comma separated, CRLF line ends, RFC 4180 quoting, and one header row in the
/// reader's language (a second header row would break sorting, filters and every CSV reader). Cells that a
/// spreadsheet would run as a formula are defused with a leading apostrophe.
/// </summary>
public static class LeadsCsv
{
    public static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly (string Chinese, string English)[] Headers =
    [
        ("线索编号", "Lead id"), ("投资方", "Organisation"), ("小镇", "Town"), ("阶段", "Stage"), ("来源", "Source"),
        ("预计/签约金额（元）", "Amount (yuan)"), ("负责人", "Owner"), ("下一步", "Next action"), ("截止日期", "Due"),
        ("流失原因", "Lost reason"), ("流失前阶段", "Lost from"), ("进入本阶段", "Stage entered"), ("创建时间", "Created"),
        ("更新时间", "Updated"), ("留言", "Message"),
    ];

    private static readonly Dictionary<string, string> StageNames = new(StringComparer.Ordinal)
    {
        ["lead"] = "线索", ["contacted"] = "接洽", ["site-visit"] = "考察", ["negotiating"] = "谈判", ["signed"] = "签约",
        ["registered"] = "注册", ["construction-started"] = "开工", ["in-production"] = "投产", ["lost"] = "流失",
    };

    private static readonly Dictionary<string, string> SourceNames = new(StringComparer.Ordinal)
    {
        ["inbound"] = "主动咨询", ["search"] = "平台搜索", ["recommendation"] = "平台推荐", ["referral"] = "转介绍", ["expo-meeting"] = "招商会洽谈",
    };

    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string HeaderRow(bool english) => Row(Headers.Select(h => english ? h.English : h.Chinese));

    public static string LeadRow(Lead lead, bool english) => Row(
    [
        lead.Id,
        lead.OrganisationName,
        lead.TownName,
        Label(StageNames, lead.Stage, english),
        Label(SourceNames, lead.Source, english),
        ProjectMapping.ToYuan(lead.ExpectedAmountFen).ToString("0.00", CultureInfo.InvariantCulture),
        lead.OwnerName,
        lead.NextAction,
        lead.NextActionDue,
        lead.LostReason,
        Label(StageNames, lead.LostFrom, english),
        ChinaTime(lead.StageEnteredAt),
        ChinaTime(lead.CreatedAt),
        ChinaTime(lead.UpdatedAt),
        lead.Message,
    ]);

    /// <summary>One CSV record: cells guarded, quoted where RFC 4180 needs it, ended by CRLF.</summary>
    public static string Row(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static string Cell(string value)
    {
        // =1+1, +cmd, -2+3, @SUM(...) and a leading tab or CR are run or reinterpreted by Excel and LibreOffice (OWASP CSV injection).
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    public static string FileName(DateTimeOffset now) => $"leads-{TimeZoneInfo.ConvertTime(now, China):yyyyMMdd-HHmm}.csv";

    public static Encoding Utf8WithoutMark { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static string Label(Dictionary<string, string> names, string key, bool english) =>
        english || !names.TryGetValue(key, out var chinese) ? key : chinese;

    private static string ChinaTime(Google.Protobuf.WellKnownTypes.Timestamp? at) =>
        at is null ? string.Empty : TimeZoneInfo.ConvertTime(at.ToDateTimeOffset(), China).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
