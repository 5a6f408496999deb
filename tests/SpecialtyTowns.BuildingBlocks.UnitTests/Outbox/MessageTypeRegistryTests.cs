using System.Text.Json;
using MassTransit;
using SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Outbox;

public sealed class MessageTypeRegistryTests
{
    private const string SampleName = "urn:message:specialtytowns:tests:sample-message:v1";

    private readonly MessageTypeRegistry _registry = new([typeof(SampleMessage)]);

    [Fact]
    public void NameOf_WhenTypeDeclaresAMessageUrn_ReturnsTheUrnMassTransitPutsOnTheWire()
    {
        var name = _registry.NameOf(typeof(SampleMessage));

        Assert.Equal(SampleName, name);
        Assert.Equal(MessageUrn.ForTypeString<SampleMessage>(), name);
    }

    [Fact]
    public void Resolve_WhenGivenTheNameOfARegisteredType_ReturnsThatType()
    {
        var resolved = _registry.Resolve(SampleName);

        Assert.Same(typeof(SampleMessage), resolved);
    }

    [Fact]
    public void Resolve_WhenUsedWithOutboxJson_RoundTripsThePayload()
    {
        var message = new SampleMessage(Guid.CreateVersion7(), "定襄法兰专业镇", new DateTimeOffset(2023, 6, 28, 9, 0, 0, TimeSpan.FromHours(8)));
        var name = _registry.NameOf(message.GetType());
        var payload = JsonSerializer.Serialize(message, message.GetType(), OutboxJson.Options);

        var read = JsonSerializer.Deserialize(payload, _registry.Resolve(name), OutboxJson.Options);

        Assert.Equal(message, read);
    }

    [Fact]
    public void Resolve_WhenTheContractWasRenamedSinceTheRowWasWritten_ReturnsTheTypeNowCarryingTheName()
    {
        var written = new MessageTypeRegistry([typeof(BeforeRename)]);
        var name = written.NameOf(typeof(BeforeRename));
        var payload = JsonSerializer.Serialize(new BeforeRename(7, "大同"), OutboxJson.Options);

        var read = JsonSerializer.Deserialize(payload, new MessageTypeRegistry([typeof(AfterRename)]).Resolve(name), OutboxJson.Options);

        Assert.Equal(new AfterRename(7, "大同"), read);
    }

    [Theory]
    [InlineData("SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles.SampleMessage, SpecialtyTowns.BuildingBlocks.UnitTests")]
    [InlineData("urn:message:specialtytowns:tests:sample-message:v2")]
    [InlineData("NoSuchType")]
    public void Resolve_WhenNameIsUnknown_ThrowsNamingIt(string name)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => _registry.Resolve(name));

        Assert.Contains(name, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NameOf_WhenTypeIsNotRegistered_ThrowsNamingIt()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => _registry.NameOf(typeof(BeforeRename)));

        Assert.Contains(nameof(BeforeRename), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenATypeDeclaresNoName_ThrowsNamingIt()
    {
        var exception = Assert.Throws<ArgumentException>(() => new MessageTypeRegistry([typeof(SampleMessage), typeof(Unnamed)]));

        Assert.Contains(nameof(Unnamed), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenTwoTypesDeclareTheSameName_ThrowsNamingBoth()
    {
        var exception = Assert.Throws<ArgumentException>(() => new MessageTypeRegistry([typeof(BeforeRename), typeof(AfterRename)]));

        Assert.Contains(nameof(BeforeRename), exception.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(AfterRename), exception.Message, StringComparison.Ordinal);
    }

    [MessageUrn("specialtytowns:tests:renamed:v1")]
    private sealed record BeforeRename(int Number, string City);

    [MessageUrn("specialtytowns:tests:renamed:v1")]
    private sealed record AfterRename(int Number, string City);

    private sealed record Unnamed(int Number);
}
