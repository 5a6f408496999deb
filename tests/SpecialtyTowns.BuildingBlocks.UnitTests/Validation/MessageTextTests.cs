using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Validation;

// Well-known and google.rpc messages stand in for service requests: between them they have
// nested messages, repeated strings and messages, maps, and a multi-line field (description).
public sealed class MessageTextTests
{
    [Fact]
    public void Check_WhenEveryStringIsClean_ReportsNothing()
    {
        var message = new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = "名称", Description = "第一行\n第二行 🏭" } } };

        Assert.Empty(MessageText.Check(message));
    }

    [Fact]
    public void Check_WhenTopLevelStringHasNul_NamesTheField()
    {
        var message = new SourceContext { FileName = "a\u0000b" };

        var violation = Assert.Single(MessageText.Check(message));

        Assert.Equal("file_name", violation.Field);
        Assert.Contains("U+0000", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenStringInRepeatedNestedMessageIsBad_NamesItsPath()
    {
        var message = new BadRequest
        {
            FieldViolations =
            {
                new BadRequest.Types.FieldViolation { Field = "ok", Description = "ok" },
                new BadRequest.Types.FieldViolation { Field = "bad\u202Ename", Description = "ok" },
            },
        };

        var violation = Assert.Single(MessageText.Check(message));

        Assert.Equal("field_violations[1].field", violation.Field);
    }

    [Fact]
    public void Check_WhenSingleLineFieldHasALineBreakButMultiLineFieldToo_RefusesOnlyTheSingleLine()
    {
        var message = new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = "a\nb", Description = "a\nb" } } };

        var violation = Assert.Single(MessageText.Check(message));

        Assert.Equal("field_violations[0].field", violation.Field);
    }

    [Fact]
    public void Check_WhenRepeatedStringHasBadItem_NamesItsIndex()
    {
        var message = new Google.Protobuf.WellKnownTypes.Type { Name = "t", Oneofs = { "fine", "\u0007bell" } };

        var violation = Assert.Single(MessageText.Check(message));

        Assert.Equal("oneofs[1]", violation.Field);
    }

    [Fact]
    public void Check_WhenMapValueIsBad_NamesTheEntry()
    {
        var message = new ErrorInfo { Reason = "r", Metadata = { ["town"] = "定襄", ["city"] = "忻州\u0000" } };

        var violation = Assert.Single(MessageText.Check(message));

        Assert.Equal("metadata[city]", violation.Field);
    }

    [Fact]
    public void Check_WhenMapKeyIsBad_NamesTheMap()
    {
        var message = new ErrorInfo { Metadata = { ["ci\u0000ty"] = "忻州" } };

        var violation = Assert.Single(MessageText.Check(message));

        Assert.Equal("metadata", violation.Field);
        Assert.StartsWith("has a key that contains", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenStringsAreDeepInMapsAndLists_ReportsEveryOneWithItsPath()
    {
        var inner = new Struct { Fields = { ["name"] = Value.ForString("\uDC00") } };
        var message = new Struct
        {
            Fields =
            {
                ["list"] = Value.ForList(Value.ForString("ok"), Value.ForString("x\u001By")),
                ["nested"] = Value.ForStruct(inner),
            },
        };

        var fields = MessageText.Check(message).Select(v => v.Field).Order(StringComparer.Ordinal);

        Assert.Equal(["fields[list].list_value.values[1].string_value", "fields[nested].struct_value.fields[name].string_value"], fields);
    }
}
