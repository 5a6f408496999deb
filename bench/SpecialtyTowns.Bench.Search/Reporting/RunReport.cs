using SpecialtyTowns.Bench.Search.Load;

namespace SpecialtyTowns.Bench.Search.Reporting;

/// <summary>Everything one run measured, for the markdown report.</summary>
internal sealed record RunReport(
    BenchOptions Options,
    string Command,
    DateTimeOffset At,
    MachineInfo Machine,
    string LoadBefore,
    string LoadAfter,
    SetupFacts Setup,
    QueryFacts Queries,
    PhaseResult OpenGateway,
    PhaseResult OpenGatewayUncached,
    PhaseResult OpenTowns,
    PhaseResult MaxGateway,
    PhaseResult MaxGatewayUncached,
    PhaseResult MaxHello)
{
    public const double P95GoalMilliseconds = 20;
    public const double ThroughputRatioGoal = 1.0 / 3;

    /// <summary>Redis or RabbitMQ failures the servers logged while the phases ran (the infrastructure is shared).</summary>
    public IReadOnlyList<InfrastructureIncident> Incidents { get; init; } = [];

    public IReadOnlyList<PhaseResult> Phases => [OpenGateway, OpenGatewayUncached, OpenTowns, MaxGateway, MaxGatewayUncached, MaxHello];

    public static bool P95Met(PhaseResult phase) => phase.Failures == 0 && phase.Latency.P95 <= P95GoalMilliseconds;

    public double Ratio(PhaseResult gateway) => MaxHello.Throughput > 0 ? gateway.Throughput / MaxHello.Throughput : 0;

    public bool RatioMet(PhaseResult gateway) => Ratio(gateway) >= ThroughputRatioGoal;
}
