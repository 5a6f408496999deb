using System.Security.Claims;
using Grpc.Core;
using SpecialtyTowns.ServiceDefaults.Grpc;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.ServiceDefaults.Security;

/// <summary>Builds the acting <see cref="Caller"/> from the identity the service verified.</summary>
public static class CallerExtensions
{
    /// <summary>The caller of this gRPC call; Unauthenticated when the call carries no verified identity.</summary>
    public static Caller GetCaller(this ServerCallContext context) => context.GetHttpContext().User.ToCaller();

    /// <summary>The caller a verified principal stands for; Unauthenticated when it has no subject.</summary>
    public static Caller ToCaller(this ClaimsPrincipal user)
    {
        var subject = user.FindFirstValue(ClaimNames.Subject)
            ?? throw RpcErrors.Plain(StatusCode.Unauthenticated, "The call carries no verified identity");
        return new Caller(
            subject,
            user.FindFirstValue(ClaimNames.Role) ?? Roles.Anonymous,
            ParseGuid(user.FindFirstValue(ClaimNames.TownId)),
            ParseGuid(user.FindFirstValue(ClaimNames.EnterpriseId)));
    }

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
