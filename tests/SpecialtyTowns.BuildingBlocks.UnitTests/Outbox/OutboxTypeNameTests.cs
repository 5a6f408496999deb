using System.Text.Json;
using SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Outbox;

public sealed class OutboxTypeNameTests
{
    [Fact]
    public void Resolve_WhenGivenTheNameOfARecordType_ReturnsThatType()
    {
        var name = OutboxTypeName.Of(typeof(SampleMessage));

        var resolved = OutboxTypeName.Resolve(name);

        Assert.Same(typeof(SampleMessage), resolved);
    }

    [Fact]
    public void Resolve_WhenGivenTheNameOfANestedType_ReturnsThatType()
    {
        var name = OutboxTypeName.Of(typeof(NestedMessage));

        var resolved = OutboxTypeName.Resolve(name);

        Assert.Same(typeof(NestedMessage), resolved);
    }

    [Fact]
    public void Of_WhenCalled_NamesTypeAndAssemblyWithoutVersion()
    {
        var name = OutboxTypeName.Of(typeof(SampleMessage));

        Assert.Equal(
            "SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles.SampleMessage, SpecialtyTowns.BuildingBlocks.UnitTests",
            name);
        Assert.DoesNotContain("Version=", name, StringComparison.Ordinal);
        Assert.DoesNotContain("PublicKeyToken", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WhenUsedWithOutboxJson_RoundTripsThePayload()
    {
        var message = new SampleMessage(Guid.CreateVersion7(), "定襄法兰专业镇", new DateTimeOffset(2023, 6, 28, 9, 0, 0, TimeSpan.FromHours(8)));
        var name = OutboxTypeName.Of(message.GetType());
        var payload = JsonSerializer.Serialize(message, message.GetType(), OutboxJson.Options);

        var read = JsonSerializer.Deserialize(payload, OutboxTypeName.Resolve(name), OutboxJson.Options);

        Assert.Equal(message, read);
    }

    [Theory]
    [InlineData("SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles.NoSuchMessage, SpecialtyTowns.BuildingBlocks.UnitTests")]
    [InlineData("SpecialtyTowns.Towns.Contracts.TownRenamed")]
    [InlineData("NoSuchType")]
    public void Resolve_WhenTypeDoesNotExist_ThrowsNamingIt(string name)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => OutboxTypeName.Resolve(name));

        Assert.Contains(name, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WhenAssemblyDoesNotExist_ThrowsInvalidOperation()
    {
        const string name = "SpecialtyTowns.Towns.Contracts.TownRegistered, SpecialtyTowns.NoSuchAssembly";

        var exception = Assert.Throws<InvalidOperationException>(() => OutboxTypeName.Resolve(name));

        Assert.Contains(name, exception.Message, StringComparison.Ordinal);
    }

    private sealed record NestedMessage(int Value);
}
