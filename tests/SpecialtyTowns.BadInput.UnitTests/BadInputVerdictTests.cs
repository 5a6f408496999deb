using SpecialtyTowns.TestKit.BadInput;

namespace SpecialtyTowns.BadInput.UnitTests;

public sealed class BadInputVerdictTests
{
    private const string Problem = "application/problem+json";

    private static readonly BadInputCase ContactEmail = new(
        "POST /x", BadInputClass.WrongType, "contacts[0].email: 42", "POST", "/x", [], "application/json",
        new HashSet<int> { 400 }, ["contacts[0].email"], false, "m");

    [Theory]
    [InlineData("contacts[0].email")]
    [InlineData("$.contacts[0].email")]
    [InlineData("contacts[0]")]
    [InlineData("contacts")]
    public void Check_When400NamesTheFieldOrItsContainer_Passes(string key)
    {
        var body = $$$"""{"status":400,"title":"Invalid","errors":{"{{{key}}}":["bad"]}}""";

        var verdict = BadInputVerdict.Check(ContactEmail, 400, Problem, body);

        Assert.Null(verdict);
    }

    [Theory]
    [InlineData("""{"status":400,"title":"Invalid"}""", "without errors")]
    [InlineData("""{"status":400,"title":"Invalid","errors":{"contacts.values[0].email":["bad"]}}""", "none of")]
    [InlineData("""{"status":400,"title":"Invalid","errors":{"$":["bad"]}}""", "none of")]
    [InlineData("""{"title":"Invalid","errors":{"contacts[0].email":["bad"]}}""", "not ProblemDetails")]
    public void Check_When400DoesNotNameTheField_Fails(string body, string expected)
    {
        var verdict = BadInputVerdict.Check(ContactEmail, 400, Problem, body);

        Assert.Contains(expected, verdict, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, Problem, "answered 500")]
    [InlineData(201, "application/json", "expected 400, got 201")]
    [InlineData(401, Problem, "expected 400, got 401")]
    public void Check_WhenStatusIsNotARefusalTheCaseAllows_Fails(int status, string mediaType, string expected)
    {
        var verdict = BadInputVerdict.Check(ContactEmail, status, mediaType, """{"status":0,"title":"x"}""");

        Assert.Equal(expected, verdict);
    }

    [Fact]
    public void Check_WhenSoftCaseIsRefusedWithPlainJson_FailsAsNotProblemDetails()
    {
        var soft = ContactEmail with { ExpectedStatuses = null };

        var accepted = BadInputVerdict.Check(soft, 200, "application/json", "{}");
        var refused = BadInputVerdict.Check(soft, 409, "application/json", """{"status":409,"title":"x"}""");

        Assert.Null(accepted);
        Assert.Contains("not ProblemDetails", refused, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_WhenBodyLevelCaseAndRootKey_MatchesBothSpellings()
    {
        var shape = ContactEmail with { Fields = ["$", "body"] };

        Assert.True(BadInputVerdict.Names(shape, "$"));
        Assert.True(BadInputVerdict.Names(shape, "body"));
        Assert.False(BadInputVerdict.Names(shape, "title"));
    }
}
