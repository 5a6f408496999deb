using System.Text.RegularExpressions;
using System.Xml.Linq;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.UnitTests;

/// <summary>Every label and message exists in both languages, and no page hard-codes one.</summary>
public sealed partial class ResourceTests
{
    private static readonly string Gateway = Path.Combine(RepoPaths.Root, "services", "Gateway", "SpecialtyTowns.Gateway");

    public static TheoryData<string> ChineseResources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Gateway, "Resources"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(Gateway, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChineseResources))]
    public void EnglishResource_WhenComparedWithTheChinese_HasEveryKeyFilled(string chinese)
    {
        var zh = Entries(Path.Combine(Gateway, chinese));
        var en = Entries(Path.Combine(Gateway, chinese[..^".resx".Length] + ".en.resx"));
        Assert.NotEmpty(zh);
        Assert.Equal(zh.Keys.Order(), en.Keys.Order());
        Assert.All(zh, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key + " has no Chinese text"));
        Assert.All(en, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key + " has no English text"));
        Assert.All(en, entry => Assert.False(Cjk().IsMatch(entry.Value) && !entry.Value.Contains("中文", StringComparison.Ordinal), entry.Key + " is not in English: " + entry.Value));
    }

    [Fact]
    public void RazorMarkup_WhenScannedForChineseText_HasNoneOutsideResources()
    {
        var offenders = Directory.GetFiles(Path.Combine(Gateway, "Web"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadAllLines(file).Select((line, index) => (file, line, index)))
            .Where(l => Cjk().IsMatch(l.line) && !AllowedChinese().IsMatch(l.line) && !IsComment(l.line))
            .Select(l => $"{Path.GetRelativePath(Gateway, l.file)}:{l.index + 1}: {l.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    private static bool IsComment(string line) =>
        line.TrimStart() is var trimmed && (trimmed.StartsWith("@*", StringComparison.Ordinal) || trimmed.StartsWith("//", StringComparison.Ordinal));

    private static Dictionary<string, string> Entries(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty);

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Cjk();

    // The language switch names each language in itself ("中文"); that is the one Chinese word a page may hold.
    [GeneratedRegex(@">中文<")]
    private static partial Regex AllowedChinese();
}
