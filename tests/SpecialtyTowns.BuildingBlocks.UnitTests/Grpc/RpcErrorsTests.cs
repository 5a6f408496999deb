using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.ServiceDefaults.Grpc;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Grpc;

public sealed class RpcErrorsTests
{
    [Fact]
    public void InvalidArgument_WhenGivenViolations_ListsEachInOrderInBadRequest()
    {
        FieldViolation[] violations =
        [
            new("name", "is required"),
            new("facts[2]", "is 1001 characters long; at most 1000 are allowed"),
            new("category", "is required"),
        ];

        var exception = RpcErrors.InvalidArgument(violations);

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        var status = exception.GetRpcStatus();
        Assert.NotNull(status);
        Assert.Equal((int)Code.InvalidArgument, status.Code);
        var badRequest = status.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Equal(
            violations.Select(v => (v.Field, v.Description)),
            badRequest.FieldViolations.Select(v => (v.Field, v.Description)));
    }

    [Fact]
    public void InvalidArgument_WhenGivenViolations_NamesThemInTheStatusMessage()
    {
        FieldViolation[] violations = [new("name", "is required"), new("level", "'9' is not a known TownLevel")];

        var exception = RpcErrors.InvalidArgument(violations);

        Assert.Equal("The request is invalid: name is required; level '9' is not a known TownLevel", exception.Status.Detail);
    }

    [Fact]
    public void FailedPrecondition_WhenGivenARule_CarriesItAsErrorInfoReason()
    {
        var exception = RpcErrors.FailedPrecondition("town-name-required", "A town needs a name");

        Assert.Equal(StatusCode.FailedPrecondition, exception.StatusCode);
        Assert.Equal("A town needs a name", exception.Status.Detail);
        var info = exception.GetRpcStatus()?.GetDetail<ErrorInfo>();
        Assert.NotNull(info);
        Assert.Equal("town-name-required", info.Reason);
        Assert.Equal("specialtytowns", info.Domain);
    }

    [Fact]
    public void Plain_WhenCalled_CarriesCodeAndMessageWithoutDetails()
    {
        var exception = RpcErrors.Plain(StatusCode.NotFound, "Town 'x' was not found");

        Assert.Equal(StatusCode.NotFound, exception.StatusCode);
        Assert.Equal("Town 'x' was not found", exception.Status.Detail);
        Assert.Null(exception.GetRpcStatus());
    }
}
