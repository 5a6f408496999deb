using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles;
using SpecialtyTowns.ServiceDefaults.Grpc;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Grpc;

public sealed class TextValidationInterceptorTests
{
    private readonly TestServerCallContext _context = new();

    [Fact]
    public async Task UnaryServerHandler_WhenRequestHasNul_AnswersInvalidArgumentWithoutCallingTheHandler()
    {
        var errors = new ErrorMappingInterceptor(NullLogger<ErrorMappingInterceptor>.Instance);
        var text = new TextValidationInterceptor();
        var handled = false;

        var exception = await Assert.ThrowsAsync<RpcException>(() => errors.UnaryServerHandler<SourceContext, Empty>(
            new SourceContext { FileName = "a\u0000b" },
            _context,
            (request, context) => text.UnaryServerHandler<SourceContext, Empty>(request, context, (_, _) =>
            {
                handled = true;
                return Task.FromResult(new Empty());
            })));

        Assert.False(handled);
        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        var violation = Assert.Single(exception.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("file_name", violation.Field);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenRequestIsClean_CallsTheHandler()
    {
        var response = await new TextValidationInterceptor().UnaryServerHandler<SourceContext, SourceContext>(
            new SourceContext { FileName = "定襄法兰专业镇 🏭" },
            _context,
            (request, _) => Task.FromResult(request));

        Assert.Equal("定襄法兰专业镇 🏭", response.FileName);
    }
}
