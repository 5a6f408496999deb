namespace SpecialtyTowns.Bench.Search.Reporting;

/// <summary>How the data got in and what Towns needed to serve it.</summary>
/// <param name="IndexedDocuments">From Towns' own log line "Search index rebuilt with N documents in M ms".</param>
/// <param name="TownsReadySeconds">From starting the process to /health/ready answering 200 (waits for the rebuild).</param>
internal sealed record SetupFacts(
    int Towns,
    int Projects,
    double GenerateSeconds,
    double SchemaSeconds,
    double CopySeconds,
    int? IndexedDocuments,
    long? RebuildMilliseconds,
    double TownsReadySeconds,
    long TownsRssAfterReady,
    long TownsPeakRss,
    long GatewayPeakRss,
    long HelloPeakRss);
