using System.Security.Claims;
using Grpc.Core;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Web.Gaps;

/// <summary>Where the gap workspace pages live, and the chain nodes a gap may be posted at.</summary>
public static class GapWorkspace
{
    /// <summary>A town's or an enterprise's own gaps.</summary>
    public const string Home = "/workspace/gaps";

    /// <summary>The gaps list of the town's workspace: /workspace/gaps for its accounts, /workspace/towns/{id}/gaps for admins.</summary>
    public static string HomeOf(ClaimsPrincipal user, Guid townId) =>
        user.IsInRole(Roles.Admin) ? $"/workspace/towns/{townId}/gaps" : Home;

    /// <summary>
    /// The town's chain nodes for the node select; none when the chain cannot be had (the form still posts, and the
    /// service names the node field if the gap needs one).
    /// </summary>
    public static async Task<IReadOnlyList<ChainNode>> NodesAsync(ChainsService.ChainsServiceClient chains, Guid townId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chains);
        try
        {
            var chain = await chains.GetTownChainAsync(new GetTownChainRequest { TownId = townId.ToString() }, cancellationToken: cancellationToken);
            return chain.Nodes;
        }
        catch (RpcException)
        {
            return [];
        }
    }
}
