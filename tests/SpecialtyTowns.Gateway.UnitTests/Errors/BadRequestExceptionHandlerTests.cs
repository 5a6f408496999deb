using SpecialtyTowns.Gateway.Errors;

namespace SpecialtyTowns.Gateway.UnitTests.Errors;

public sealed class BadRequestExceptionHandlerTests
{
    [Theory]
    [InlineData("$.townId", "townId")]
    [InlineData("$.contacts[0].email", "contacts[0].email")]
    [InlineData("$.instance.slots[2]", "instance.slots[2]")]
    [InlineData("$", "$")]
    [InlineData("", "$")]
    [InlineData(null, "$")]
    public void FromJsonPath_WhenSystemTextJsonNamesAPath_ReturnsItWithoutTheRoot(string? path, string expected)
    {
        var field = BadRequestExceptionHandler.FromJsonPath(path);

        Assert.Equal(expected, field);
    }
}
