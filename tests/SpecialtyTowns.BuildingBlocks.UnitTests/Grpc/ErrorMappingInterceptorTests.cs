using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.ServiceDefaults.Grpc;
using SpecialtyTowns.ServiceDefaults.Validation;
using GrpcStatus = Grpc.Core.Status;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Grpc;

public sealed class ErrorMappingInterceptorTests
{
    private readonly ErrorMappingInterceptor _interceptor = new(NullLogger<ErrorMappingInterceptor>.Instance);
    private readonly TestServerCallContext _context = new();

    [Fact]
    public async Task UnaryServerHandler_WhenHandlerSucceeds_ReturnsItsResponse()
    {
        var response = await _interceptor.UnaryServerHandler<string, string>(
            "request",
            _context,
            (request, _) => Task.FromResult(request + " handled"));

        Assert.Equal("request handled", response);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenRequestIsInvalid_ThrowsInvalidArgumentWithEveryViolation()
    {
        var failure = new RequestValidationException([new("name", "is required"), new("category", "is required")]);

        var exception = await CallThrowingAsync(failure);

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        var badRequest = exception.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Equal(["name", "category"], badRequest.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task UnaryServerHandler_WhenDomainFindsAValueImplausible_ThrowsInvalidArgumentNamingTheField()
    {
        var exception = await CallThrowingAsync(new InvalidValueException("content.deadline", "must not be in the past"));

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        var violation = Assert.Single(exception.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("content.deadline", violation.Field);
        Assert.Equal("must not be in the past", violation.Description);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenResourceIsMissing_ThrowsNotFound()
    {
        var exception = await CallThrowingAsync(new NotFoundException("Town", "0198f4b2-7c1e-7d4a-9e3b-5a6c7d8e9f01"));

        Assert.Equal(StatusCode.NotFound, exception.StatusCode);
        Assert.Equal("Town '0198f4b2-7c1e-7d4a-9e3b-5a6c7d8e9f01' was not found", exception.Status.Detail);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenCallerIsForbidden_ThrowsPermissionDeniedWithTheSameMessage()
    {
        var forbidden = Assert.Throws<ForbiddenException>(() => new Caller("u1", Roles.Investor, null, null).RequireRole(Roles.Admin));

        var exception = await CallThrowingAsync(forbidden);

        Assert.Equal(StatusCode.PermissionDenied, exception.StatusCode);
        Assert.Equal("The investor role may not do this", exception.Status.Detail);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenBusinessRuleRefuses_ThrowsFailedPreconditionNamingTheRule()
    {
        var exception = await CallThrowingAsync(new BusinessRuleException("town-name-required", "A town needs a name"));

        Assert.Equal(StatusCode.FailedPrecondition, exception.StatusCode);
        Assert.Equal("A town needs a name", exception.Status.Detail);
        var info = exception.GetRpcStatus()?.GetDetail<ErrorInfo>();
        Assert.NotNull(info);
        Assert.Equal("town-name-required", info.Reason);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenBusinessUniquenessIsViolated_ThrowsAlreadyExists()
    {
        var exception = await CallThrowingAsync(new ConflictException("A town named '定襄法兰专业镇' is already registered"));

        Assert.Equal(StatusCode.AlreadyExists, exception.StatusCode);
        Assert.Equal("A town named '定襄法兰专业镇' is already registered", exception.Status.Detail);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenSaveMeetsAConcurrentChange_ThrowsAlreadyExistsLikeAConflict()
    {
        var concurrent = new DbUpdateConcurrencyException("The database operation was expected to affect 1 row(s), but actually affected 0 row(s).");

        var exception = await CallThrowingAsync(concurrent);

        Assert.Equal(StatusCode.AlreadyExists, exception.StatusCode);
        Assert.Contains("changed by someone else", exception.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenSaveHitsAUniqueIndex_ThrowsAlreadyExists()
    {
        var unique = new DbUpdateException("An error occurred while saving the entity changes.", UniqueViolation("ux_towns_name"));

        var exception = await CallThrowingAsync(unique);

        Assert.Equal(StatusCode.AlreadyExists, exception.StatusCode);
        Assert.DoesNotContain("ux_towns_name", exception.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenRawSqlHitsAUniqueIndex_ThrowsAlreadyExists()
    {
        var exception = await CallThrowingAsync(UniqueViolation("ux_towns_creation_request_id"));

        Assert.Equal(StatusCode.AlreadyExists, exception.StatusCode);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenSaveFailsForAnotherPostgresReason_ThrowsInternal()
    {
        var foreignKey = new PostgresException(
            "insert or update violates foreign key constraint",
            "ERROR",
            "ERROR",
            PostgresErrorCodes.ForeignKeyViolation,
            constraintName: "fk_enterprises_towns");
        var failure = new DbUpdateException("An error occurred while saving the entity changes.", foreignKey);

        var exception = await CallThrowingAsync(failure);

        Assert.Equal(StatusCode.Internal, exception.StatusCode);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenHandlerFailsUnexpectedly_ThrowsInternalWithoutLeakingTheMessage()
    {
        var exception = await CallThrowingAsync(new InvalidOperationException("connection string Password=secret"));

        Assert.Equal(StatusCode.Internal, exception.StatusCode);
        Assert.Equal("Internal error", exception.Status.Detail);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenCallIsCancelled_ThrowsCancelled()
    {
        var exception = await CallThrowingAsync(new OperationCanceledException());

        Assert.Equal(StatusCode.Cancelled, exception.StatusCode);
    }

    [Fact]
    public async Task UnaryServerHandler_WhenHandlerAlreadyThrewAnRpcException_RethrowsItUnchanged()
    {
        var original = new RpcException(new GrpcStatus(StatusCode.PermissionDenied, "not yours"));

        var exception = await CallThrowingAsync(original);

        Assert.Same(original, exception);
    }

    [Fact]
    public async Task ServerStreamingServerHandler_WhenHandlerThrowsNotFound_ThrowsNotFound()
    {
        var exception = await Assert.ThrowsAsync<RpcException>(() => _interceptor.ServerStreamingServerHandler<string, string>(
            "request",
            new DiscardingStreamWriter(),
            _context,
            (_, _, _) => throw new NotFoundException("Town", "x")));

        Assert.Equal(StatusCode.NotFound, exception.StatusCode);
    }

    private static PostgresException UniqueViolation(string constraint) => new(
        "duplicate key value violates unique constraint",
        "ERROR",
        "ERROR",
        PostgresErrorCodes.UniqueViolation,
        constraintName: constraint);

    private Task<RpcException> CallThrowingAsync(Exception failure) =>
        Assert.ThrowsAsync<RpcException>(() => _interceptor.UnaryServerHandler<string, string>(
            "request",
            _context,
            (_, _) => throw failure));

    private sealed class DiscardingStreamWriter : IServerStreamWriter<string>
    {
        public WriteOptions? WriteOptions { get; set; }

        public Task WriteAsync(string message) => Task.CompletedTask;
    }
}
