namespace SpecialtyTowns.Gateway.Web.Enterprises;

/// <summary>The remove form as posted: the pressed button's node id and the render's idempotency key.</summary>
public sealed class ChainNodeRemoval
{
    public string? RequestId { get; set; }

    public string? Id { get; set; }
}
