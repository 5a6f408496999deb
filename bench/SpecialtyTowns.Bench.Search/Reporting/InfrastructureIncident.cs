namespace SpecialtyTowns.Bench.Search.Reporting;

/// <summary>A stretch of time in which a server logged that Redis or RabbitMQ failed it, and the phases it overlapped.</summary>
internal sealed record InfrastructureIncident(string Server, string Dependency, int Lines, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<string> Phases);
