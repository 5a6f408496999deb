using System.Text;
using System.Text.Json.Nodes;
using SpecialtyTowns.TestKit.BadInput;

namespace SpecialtyTowns.BadInput.UnitTests;

public sealed class BadInputCorpusTests
{
    private static readonly BadInputBaseline ThingBaseline = new(string.Empty, string.Empty, JsonNode.Parse(
        """{"townId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","title":"法兰 项目","amount":5,"tags":["forged flanges"]}"""));

    [Fact]
    public void Read_WhenDocumentHasOperations_ReturnsEveryRouteAndMethod()
    {
        var routes = SampleDocument.Routes.All;

        Assert.Equal(
            ["DELETE /api/v1/things/{id}", "GET /api/v1/things", "GET /api/v1/things/{id}", "POST /api/v1/things"],
            routes.Select(route => route.Key));
        Assert.NotNull(SampleDocument.Routes["POST /api/v1/things"].BodySchema);
    }

    [Fact]
    public void For_WhenEveryRouteOfDocument_GivesEachRouteCasesAndAnOversizedUrl()
    {
        var routes = SampleDocument.Routes.All;

        var corpus = routes.ToDictionary(route => route, route => BadInputCorpus.For(route, new BadInputBaseline(Guid.NewGuid().ToString(), string.Empty, null), "m"));

        Assert.All(corpus.Values, cases => Assert.Contains(cases, c => c.Class == BadInputClass.OversizedUrl));
        Assert.All(corpus.Where(c => c.Key.Template.Contains("{id}", StringComparison.Ordinal)), cases =>
            Assert.Contains(cases.Value, c => c.Class == BadInputClass.UnknownId && c.ExpectedStatuses!.SetEquals([404]) && c.Fields.SequenceEqual(["id"])));
    }

    [Fact]
    public void For_WhenBodySchemaHasProperties_BreaksEveryPropertyIncludingNestedOnesWithWrongTypesAndNull()
    {
        var route = SampleDocument.Routes["POST /api/v1/things"];

        var cases = BadInputCorpus.For(route, ThingBaseline, "m");

        string[] paths = ["townId", "title", "amount", "year", "deadline", "tags", "tags[0]", "contacts", "contacts[0]", "contacts[0].name", "contacts[0].email", "extra"];
        foreach (var path in paths)
        {
            Assert.Contains(cases, c => c.Class == BadInputClass.WrongType && c.Fields[0] == path);
        }

        foreach (var path in paths.Where(p => !p.EndsWith(']')))
        {
            Assert.Contains(cases, c => c.Class == BadInputClass.Null && c.Fields[0] == path);
        }
    }

    [Fact]
    public void For_WhenNullIsSentForAProperty_RefusalIsRequiredOnlyWhereRequiredAndNotNullable()
    {
        var route = SampleDocument.Routes["POST /api/v1/things"];

        var nulls = BadInputCorpus.For(route, ThingBaseline, "m").Where(c => c.Class == BadInputClass.Null).ToDictionary(c => c.Fields[0], c => c.MustBeRefused);

        Assert.True(nulls["title"]);
        Assert.True(nulls["contacts[0].name"]);
        Assert.False(nulls["townId"]);
        Assert.False(nulls["year"]);
    }

    [Fact]
    public void For_WhenStringProperty_SendsControlCharactersSurrogatesBidiInvalidUtf8AndOversizedText()
    {
        var route = SampleDocument.Routes["POST /api/v1/things"];

        var title = BadInputCorpus.For(route, ThingBaseline, "m").Where(c => c.Fields.Count > 0 && c.Fields[0] == "title").ToList();

        Assert.Contains(title, c => c.Class == BadInputClass.ControlCharacter && Text(c).Contains("\\u0000", StringComparison.Ordinal));
        Assert.Contains(title, c => c.Class == BadInputClass.LoneSurrogate && Text(c).Contains("\\ud800", StringComparison.Ordinal));
        Assert.Contains(title, c => c.Class == BadInputClass.BidiOverride);
        Assert.Contains(title, c => c.Class == BadInputClass.InvalidUtf8 && c.Body!.AsSpan().IndexOf([(byte)0xC3, (byte)0x28]) >= 0);
        Assert.Contains(title, c => c.Class == BadInputClass.OversizedString && Text(c).Contains(new string('a', 90), StringComparison.Ordinal));
        Assert.All(title.Where(c => c.Class == BadInputClass.ControlCharacter), c => Assert.True(c.ExpectedStatuses!.SetEquals([400])));
    }

    [Fact]
    public void For_WhenValuesHaveKinds_SendsMalformedIdsOutOfRangeNumbersNullInArraysAndBodyShapes()
    {
        var route = SampleDocument.Routes["POST /api/v1/things"];

        var cases = BadInputCorpus.For(route, ThingBaseline, "m");

        Assert.Contains(cases, c => c.Class == BadInputClass.MalformedId && c.Fields[0] == "townId");
        Assert.Contains(cases, c => c.Class == BadInputClass.Date && c.Fields[0] == "deadline" && Text(c).Contains("\"deadline\":\"0001-01-01\"", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Class == BadInputClass.OutOfRangeNumber && c.Fields[0] == "year" && Text(c).Contains("1.5", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Class == BadInputClass.NullInArray && c.Fields[0] == "tags" && Text(c).Contains("\"tags\":[null]", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Class == BadInputClass.OversizedBody && c.Body!.Length > BadInputCorpus.BodyLimitBytes);
        Assert.Contains(cases, c => c.Class == BadInputClass.DeepNesting);
        Assert.Contains(cases, c => c.Class == BadInputClass.WrongContentType && c.ContentType == "text/plain");
        Assert.Contains(cases, c => c.Class == BadInputClass.BodyShape && c.Body!.Length == 0 && c.Fields.Contains("$"));
    }

    [Fact]
    public void For_WhenQueryParameters_SendsBadTextAndNumbersNamingTheParameter()
    {
        var route = SampleDocument.Routes["GET /api/v1/things"];

        var cases = BadInputCorpus.For(route, new BadInputBaseline(string.Empty, "?Q=x", null), "m");

        Assert.Contains(cases, c => c.Class == BadInputClass.ControlCharacter && c.Path.EndsWith("Q=%E6%B3%95%E5%85%B0%00", StringComparison.Ordinal) && c.Fields[0] == "Q");
        Assert.Contains(cases, c => c.Class == BadInputClass.WrongType && c.Path.Contains("?Q=x&Page=lots", StringComparison.Ordinal));
        Assert.All(cases, c => Assert.Null(c.Body));
    }

    [Fact]
    public void For_WhenBaselineHasFreeText_MarksItWithTheCaseMarkerButLeavesIdsAlone()
    {
        var route = SampleDocument.Routes["POST /api/v1/things"];

        var badInput = BadInputCorpus.For(route, ThingBaseline, "zqtest").First(c => c.Class == BadInputClass.WrongType && c.Fields[0] == "amount");

        var body = JsonNode.Parse(Text(badInput))!;
        Assert.Equal($"法兰 项目 {badInput.Marker}", body["title"]!.GetValue<string>());
        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", body["townId"]!.GetValue<string>());
        Assert.StartsWith("zqtest", badInput.Marker, StringComparison.Ordinal);
    }

    private static string Text(BadInputCase badInput) => Encoding.UTF8.GetString(badInput.Body ?? []);
}
