using Grpc.Core;
using SpecialtyTowns.Gateway.Errors;

namespace SpecialtyTowns.Gateway.UnitTests.Errors;

public sealed class GrpcStatusMappingTests
{
    public static TheoryData<StatusCode> FailureCodes => new(Enum.GetValues<StatusCode>().Where(c => c != StatusCode.OK));

    [Fact]
    public void ToHttpStatus_WhenCallSucceeded_Returns200()
    {
        var status = GrpcStatusMapping.ToHttpStatus(StatusCode.OK);

        Assert.Equal(200, status);
    }

    [Theory]
    [MemberData(nameof(FailureCodes))]
    public void ToHttpStatus_WhenCallFailed_ReturnsAnErrorStatus(StatusCode code)
    {
        var status = GrpcStatusMapping.ToHttpStatus(code);

        Assert.InRange(status, 400, 599);
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument, 400)]
    [InlineData(StatusCode.OutOfRange, 400)]
    [InlineData(StatusCode.Unauthenticated, 401)]
    [InlineData(StatusCode.PermissionDenied, 403)]
    [InlineData(StatusCode.NotFound, 404)]
    [InlineData(StatusCode.AlreadyExists, 409)]
    [InlineData(StatusCode.Aborted, 409)]
    [InlineData(StatusCode.FailedPrecondition, 409)]
    [InlineData(StatusCode.ResourceExhausted, 429)]
    [InlineData(StatusCode.Cancelled, 499)]
    [InlineData(StatusCode.Unimplemented, 501)]
    [InlineData(StatusCode.Unavailable, 503)]
    [InlineData(StatusCode.DeadlineExceeded, 504)]
    [InlineData(StatusCode.Unknown, 500)]
    [InlineData(StatusCode.Internal, 500)]
    [InlineData(StatusCode.DataLoss, 500)]
    public void ToHttpStatus_WhenGivenADocumentedCode_ReturnsItsHttpStatus(StatusCode code, int expected)
    {
        var status = GrpcStatusMapping.ToHttpStatus(code);

        Assert.Equal(expected, status);
    }

    [Fact]
    public void ToHttpStatus_WhenABusinessRuleRefused_IsDistinguishableFromBadInput()
    {
        var rule = GrpcStatusMapping.ToHttpStatus(StatusCode.FailedPrecondition);

        var badInput = GrpcStatusMapping.ToHttpStatus(StatusCode.InvalidArgument);

        Assert.NotEqual(badInput, rule);
    }

    [Fact]
    public void ToHttpStatus_WhenStaleVersionRuleRefused_Returns412()
    {
        var status = GrpcStatusMapping.ToHttpStatus(StatusCode.FailedPrecondition, GrpcStatusMapping.StaleVersionRule);

        Assert.Equal(412, status);
    }

    [Theory]
    [InlineData(StatusCode.FailedPrecondition, "gap-lifecycle", 409)]
    [InlineData(StatusCode.FailedPrecondition, null, 409)]
    [InlineData(StatusCode.InvalidArgument, "stale-version", 400)]
    public void ToHttpStatus_WhenAnotherRuleOrCode_KeepsTheCodesStatus(StatusCode code, string? rule, int expected)
    {
        var status = GrpcStatusMapping.ToHttpStatus(code, rule);

        Assert.Equal(expected, status);
    }
}
