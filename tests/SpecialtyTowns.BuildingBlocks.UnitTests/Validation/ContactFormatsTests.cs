using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Validation;

public sealed class ContactFormatsTests
{
    [Theory]
    [InlineData("invest@qingxu.example")]
    [InlineData("wang.zhuren+zhaoshang@dingxiang.gov.cn")]
    [InlineData("a@b.co")]
    [InlineData("招商@定襄.中国")]
    public void IsEmail_WhenPlainAddress_IsTrue(string value)
    {
        var result = ContactFormats.IsEmail(value);

        Assert.True(result);
    }

    [Theory]
    [InlineData("not-email")]
    [InlineData("")]
    [InlineData("a@b")]
    [InlineData("a@@b.cn")]
    [InlineData("a b@c.cn")]
    [InlineData("Wang <wang@dingxiang.gov.cn>")]
    [InlineData("wang@dingxiang.gov.cn.")]
    [InlineData("wang@-dingxiang.cn")]
    [InlineData("@dingxiang.cn")]
    [InlineData("wang@dingxiang.c")]
    public void IsEmail_WhenNotAPlainAddress_IsFalse(string value)
    {
        var result = ContactFormats.IsEmail(value);

        Assert.False(result);
    }

    [Fact]
    public void IsEmail_WhenLongerThan254Characters_IsFalse()
    {
        var result = ContactFormats.IsEmail(new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".cn");

        Assert.False(result);
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("138 1234 5678")]
    [InlineData("138-1234-5678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("+8613812345678")]
    [InlineData("0351-1234567")]
    [InlineData("0351-12345678")]
    [InlineData("010-12345678")]
    [InlineData("(0351) 1234 5678")]
    [InlineData("0351-5720000 ext. 12")]
    [InlineData("0351-5720000转8001")]
    [InlineData("(0351) 1234 5678 x12")]
    [InlineData("400-810-8888")]
    [InlineData("+1 (415) 555-0132")]
    [InlineData("+49 30 1234567")]
    [InlineData("+86 351 1234567")]
    public void IsPhone_WhenChineseMobileLandlineOrInternational_IsTrue(string value)
    {
        var result = ContactFormats.IsPhone(value);

        Assert.True(result);
    }

    [Theory]
    [InlineData("call me")]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("12812345678")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("1234567")]
    [InlineData("0351-12")]
    [InlineData("+0 351 1234567")]
    [InlineData("+1234567")]
    [InlineData("++86 138 1234 5678")]
    [InlineData("138 1234 5678 +86")]
    [InlineData("((0351)) 1234 5678")]
    [InlineData("0351)-1234567(")]
    [InlineData("+86 138 1234 5678 9999 0000 1111")]
    public void IsPhone_WhenNotAPhoneNumber_IsFalse(string value)
    {
        var result = ContactFormats.IsPhone(value);

        Assert.False(result);
    }

    [Fact]
    public void Email_WhenMalformed_NamesTheFieldAndEmptyPasses()
    {
        var validator = new RequestValidator().Email("contact_email", "not-email").Email("other_email", " ").Email("ok_email", "a@b.cn");

        var violation = Assert.Single(validator.Violations);

        Assert.Equal("contact_email", violation.Field);
        Assert.Equal(ContactFormats.EmailRule, violation.Description);
    }

    [Fact]
    public void Phone_WhenMalformed_NamesTheFieldAndEmptyPasses()
    {
        var validator = new RequestValidator().Phone("contact_phone", "call me").Phone("other_phone", string.Empty).Phone("ok_phone", "13812345678");

        var violation = Assert.Single(validator.Violations);

        Assert.Equal("contact_phone", violation.Field);
        Assert.Equal(ContactFormats.PhoneRule, violation.Description);
    }
}
