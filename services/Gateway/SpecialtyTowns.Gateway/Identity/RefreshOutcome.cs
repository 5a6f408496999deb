namespace SpecialtyTowns.Gateway.Identity;

/// <summary>The result of presenting a refresh token.</summary>
public sealed record RefreshOutcome(Guid? UserId, string? NewToken, bool Reused)
{
    public bool Succeeded => UserId is not null && NewToken is not null;
}
