using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Web.Enterprises;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class ChainNodeInputTests
{
    [Fact]
    public void ToRequest_WhenANodeIsEdited_SendsItsVersionTheTicksOnceAndTheProductsOneALine()
    {
        var node = new ChainNode { Id = "n1", Version = 3, Content = new ChainNodeContent { Chain = "法兰", Position = "upstream", Name = "钢坯", Status = "missing", SortOrder = 2 } };
        var input = ChainNodeInput.From(node);
        input.Products = "钢坯\n\n 圆钢 ";
        input.EnterpriseIds = ["e1", "e1", "e2", ""];
        var town = Guid.NewGuid();

        var request = input.ToRequest(town);

        Assert.Equal(("n1", 3, town.ToString()), (request.Id, request.ExpectedVersion, request.TownId));
        Assert.Equal(["钢坯", "圆钢"], request.Content.Products);
        Assert.Equal(["e1", "e2"], request.Content.EnterpriseIds);
        Assert.Equal(2, request.Content.SortOrder);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData(" -3 ", -3)]
    [InlineData("first", int.MinValue)]
    public void ToRequest_WhenTheSortOrderIsTyped_SendsTheNumberOrOneTheServiceRefuses(string typed, int expected)
    {
        var input = ChainNodeInput.New();
        input.SortOrder = typed;

        var request = input.ToRequest(Guid.NewGuid());

        Assert.Equal(expected, request.Content.SortOrder);
        Assert.Equal(string.Empty, request.Id);
    }
}
