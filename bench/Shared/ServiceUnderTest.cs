namespace SpecialtyTowns.Bench.Shared;

/// <summary>A service's build, its gRPC address, its readiness probe and the environment it runs with against its benchmark database.</summary>
internal sealed record ServiceUnderTest(string Dll, string Database, string Grpc, Uri Health, IReadOnlyDictionary<string, string> Environment);
