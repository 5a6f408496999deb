using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.UnitTests.Domain;

public sealed class EventDatesTests
{
    // 09:00 in China; "today" is 2026-06-01 there.
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly DateOnly Today = new(2026, 6, 1);

    [Theory]
    [InlineData("2025-06-01", "2025-06-03")]
    [InlineData("2026-06-01", "2026-07-01")]
    [InlineData("2031-06-01", "2031-06-01")]
    [InlineData("2026-09-18", "2026-09-20")]
    public void Ensure_WhenWithinTheBounds_Passes(string startsOn, string endsOn)
    {
        var error = Record.Exception(() => EventDates.Ensure(Date(startsOn), Date(endsOn), Now));

        Assert.Null(error);
    }

    [Theory]
    [InlineData("0001-01-01", "9999-12-31", "starts_on")]
    [InlineData("2025-05-31", "2025-06-01", "starts_on")]
    [InlineData("2031-06-02", "2031-06-03", "starts_on")]
    [InlineData("2026-06-01", "2026-07-02", "ends_on")]
    [InlineData("2026-09-18", "9999-12-31", "ends_on")]
    [InlineData("2026-09-18", "0001-01-01", "ends_on")]
    [InlineData("9999-12-31", "2026-09-20", "starts_on")]
    public void Ensure_WhenOutsideTheBounds_IsRefusedNamingTheField(string startsOn, string endsOn, string field)
    {
        var error = Assert.Throws<InvalidValueException>(() => EventDates.Ensure(Date(startsOn), Date(endsOn), Now));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Ensure_WhenEndsBeforeItStarts_IsRefusedByTheOrderRule()
    {
        var error = Assert.Throws<BusinessRuleException>(() => EventDates.Ensure(Today.AddDays(2), Today, Now));

        Assert.Equal("event-dates-ordered", error.Rule);
    }

    [Fact]
    public void Change_WhenDatesUnchangedOnAnEventNowLongPast_Passes()
    {
        var expoEvent = ExpoEvent.Create(Guid.NewGuid(), "博览会", null, null, Today, Today.AddDays(2), "Asia/Shanghai", Now);

        expoEvent.Change("改名的博览会", null, null, Today, null, Now.AddYears(3));

        Assert.Equal("改名的博览会", expoEvent.Name);
    }

    [Fact]
    public void Change_WhenNewEndMakesItLongerThanAMonth_IsRefusedAndKeepsTheDates()
    {
        var expoEvent = ExpoEvent.Create(Guid.NewGuid(), "博览会", null, null, Today, Today.AddDays(2), "Asia/Shanghai", Now);

        var error = Assert.Throws<InvalidValueException>(() => expoEvent.Change(null, null, null, null, Today.AddDays(31), Now));

        Assert.Equal("ends_on", error.Field);
        Assert.Equal(Today.AddDays(2), expoEvent.EndsOn);
    }

    private static DateOnly Date(string value) => DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
