using System.Buffers.Text;
using System.Text;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Validation;

public sealed class PageTokenTests
{
    public static TheoryData<string> ForeignTokens => new()
    {
        Encode("o:-1"),
        Encode("o:-2147483648"),
        Encode("o:+5"),
        Encode("o: 5"),
        Encode("o:5 "),
        Encode("o:"),
        Encode("o:2147483648"),
        Encode("o:1e3"),
        Encode("o:0x10"),
        Encode("O:5"),
        Encode("x:5"),
        Encode("offset:5"),
        Encode("5"),
        Encode(":5"),
        Encode("o5"),
        Encode("o:٣"),
    };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(12345)]
    [InlineData(int.MaxValue)]
    public void TryRead_WhenTokenWasWritten_ReturnsTheSameOffset(int offset)
    {
        var token = PageToken.Write(offset);

        var ok = PageToken.TryRead(token, out var read);

        Assert.True(ok);
        Assert.Equal(offset, read);
    }

    [Fact]
    public void Write_WhenCalled_ProducesAnUrlSafeOpaqueToken()
    {
        var token = PageToken.Write(40);

        Assert.DoesNotContain("40", token, StringComparison.Ordinal);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' is not URL-safe"));
    }

    [Fact]
    public void TryRead_WhenTokenIsEmpty_ReturnsTheFirstPage()
    {
        var ok = PageToken.TryRead(string.Empty, out var offset);

        Assert.True(ok);
        Assert.Equal(0, offset);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("??==")]
    [InlineData("a")]
    [InlineData("%%%%")]
    [InlineData("bzo1\u0000")]
    public void TryRead_WhenTokenIsNotBase64Url_ReturnsFalse(string token)
    {
        var ok = PageToken.TryRead(token, out var offset);

        Assert.False(ok);
        Assert.Equal(0, offset);
    }

    [Theory]
    [MemberData(nameof(ForeignTokens))]
    public void TryRead_WhenTokenDecodesToSomethingWeDidNotWrite_ReturnsFalse(string token)
    {
        var ok = PageToken.TryRead(token, out _);

        Assert.False(ok);
    }

    [Fact]
    public void TryRead_WhenTokenIsRawOffsetText_ReturnsFalse()
    {
        var ok = PageToken.TryRead("o:5", out _);

        Assert.False(ok);
    }

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
