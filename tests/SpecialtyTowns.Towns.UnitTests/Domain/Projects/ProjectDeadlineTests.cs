using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.UnitTests.Domain.Projects;

public sealed class ProjectDeadlineTests
{
    // 01:00 in China on 1 December is still 30 November in UTC: "today" is China's date.
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 17, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(365)]
    public void Ensure_WhenDeadlineTodayOrAhead_Passes(int days)
    {
        var error = Record.Exception(() => ProjectDeadline.Ensure(Today.AddDays(days), null, Now));

        Assert.Null(error);
    }

    [Fact]
    public void Ensure_WhenNoDeadline_Passes()
    {
        var error = Record.Exception(() => ProjectDeadline.Ensure(null, null, Now));

        Assert.Null(error);
    }

    [Fact]
    public void Ensure_WhenDeadlineTenYearsAhead_Passes()
    {
        var error = Record.Exception(() => ProjectDeadline.Ensure(Today.AddYears(10), null, Now));

        Assert.Null(error);
    }

    [Theory]
    [InlineData("2026-11-30")]
    [InlineData("1900-01-01")]
    [InlineData("0001-01-01")]
    public void Ensure_WhenDeadlineInThePastInChina_IsRefusedNamingTheDeadline(string deadline)
    {
        var error = Assert.Throws<InvalidValueException>(() => ProjectDeadline.Ensure(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), null, Now));

        Assert.Equal("content.deadline", error.Field);
        Assert.Contains("past", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensure_WhenDeadlineOverTenYearsAhead_IsRefusedNamingTheDeadline()
    {
        var error = Assert.Throws<InvalidValueException>(() => ProjectDeadline.Ensure(Today.AddYears(10).AddDays(1), null, Now));

        Assert.Equal("content.deadline", error.Field);
    }

    [Fact]
    public void Ensure_WhenRevisionKeepsAPastDeadline_Passes()
    {
        var lapsed = Today.AddDays(-30);

        var error = Record.Exception(() => ProjectDeadline.Ensure(lapsed, lapsed, Now));

        Assert.Null(error);
    }

    [Fact]
    public void Ensure_WhenRevisionMovesAPastDeadlineToAnotherPastDate_IsRefused()
    {
        var lapsed = Today.AddDays(-30);

        var error = Assert.Throws<InvalidValueException>(() => ProjectDeadline.Ensure(lapsed.AddDays(1), lapsed, Now));

        Assert.Equal("content.deadline", error.Field);
    }
}
