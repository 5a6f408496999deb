using SpecialtyTowns.Gateway.ServiceClients;

namespace SpecialtyTowns.Gateway.ClientTests.ServiceClients;

public sealed class IdempotentMethodsTests
{
    [Theory]
    [InlineData("GetTown", true)]
    [InlineData("ListTowns", true)]
    [InlineData("SearchProjects", true)]
    [InlineData("RegisterTown", false)]
    [InlineData("CreateLead", false)]
    [InlineData("UpdateTown", false)]
    [InlineData("getTown", false)]
    public void IsIdempotent_WhenNamed_AcceptsOnlyReads(string method, bool expected)
    {
        var idempotent = IdempotentMethods.IsIdempotent(method);

        Assert.Equal(expected, idempotent);
    }
}
