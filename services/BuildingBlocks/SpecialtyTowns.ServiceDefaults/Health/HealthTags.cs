namespace SpecialtyTowns.ServiceDefaults.Health;

/// <summary>Tags that select which checks answer liveness and which answer readiness.</summary>
public static class HealthTags
{
    public const string Live = "live";
    public const string Ready = "ready";
}
