using System.Globalization;
using System.Text;
using SpecialtyTowns.Bench.Search.Load;
using SpecialtyTowns.Bench.Data;

namespace SpecialtyTowns.Bench.Search.Reporting;

/// <summary>The "## Search" section of docs/performance.md.</summary>
internal static class MarkdownReport
{
    public const string Heading = "## Search";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(RunReport report)
    {
        var text = new StringBuilder();
        var o = report.Options;
        Line(text, Heading);
        Line(text);
        Line(text, $"Project search (issue 4): through the gateway (`GET /api/v1/projects?q=`, HTTP/1.1) and straight to Towns' gRPC "
            + $"`ProjectsService.SearchProjects`, over {report.Setup.Projects:N0} **synthetic** projects (`SyntheticProjectGenerator`, seed "
            + $"{SyntheticProjectGenerator.DefaultSeed}) placed in the {report.Setup.Towns} real seed towns. Measured {report.At:yyyy-MM-dd HH:mm} UTC "
            + "by `bench/SpecialtyTowns.Bench.Search`, which wrote this section; running it again replaces it:");
        Line(text);
        Line(text, "```sh");
        Line(text, report.Command);
        Line(text, "```");
        Line(text);
        Line(text, "| path | rate | p50 | p95 | p99 | throughput | errors |");
        Line(text, "| --- | --- | --- | --- | --- | --- | --- |");
        var open = $"{o.Rate} rps, open loop";
        var max = $"max, {o.Concurrency} workers";
        Row(text, "gateway `GET /api/v1/projects` (HTTP/1.1), as deployed" + CacheNote(report.OpenGateway), open, report.OpenGateway);
        Row(text, "gateway, every request missing its cache", open, report.OpenGatewayUncached);
        Row(text, "Towns gRPC `SearchProjects`, direct", open, report.OpenTowns);
        Row(text, "gateway, as deployed" + CacheNote(report.MaxGateway), max, report.MaxGateway);
        Row(text, "gateway, every request missing its cache", max, report.MaxGatewayUncached);
        Row(text, "hello-world `GET /` (bare Kestrel)", max, report.MaxHello);
        Line(text);
        Goals(text, report);
        BusyNote(text, report);
        IncidentNote(text, report);
        SetUp(text, report);
        Machine(text, report);
        Method(text, report);
        return text.ToString();
    }

    private static void Goals(StringBuilder text, RunReport report)
    {
        var o = report.Options;
        Line(text, "Goals:");
        Line(text);
        Line(text, $"- p95 ≤ {RunReport.P95GoalMilliseconds:0} ms at {o.Rate} rps through the gateway: **{MetText(RunReport.P95Met(report.OpenGateway))}** "
            + $"as deployed (p95 {Ms(report.OpenGateway.Latency.P95)}, {report.OpenGateway.Failures} errors), "
            + $"**{MetText(RunReport.P95Met(report.OpenGatewayUncached))}** with every request missing the cache "
            + $"(p95 {Ms(report.OpenGatewayUncached.Latency.P95)}, {report.OpenGatewayUncached.Failures} errors).");
        Line(text, $"- gateway throughput ≥ 1/3 of hello-world's: **{MetText(report.RatioMet(report.MaxGateway))}** as deployed "
            + $"(ratio {Ratio(report.Ratio(report.MaxGateway))}: {Rps(report.MaxGateway.Throughput)} / {Rps(report.MaxHello.Throughput)}), "
            + $"**{MetText(report.RatioMet(report.MaxGatewayUncached))}** with every request missing the cache "
            + $"(ratio {Ratio(report.Ratio(report.MaxGatewayUncached))}: {Rps(report.MaxGatewayUncached.Throughput)}).");
        var cached = CpuPerRequest(report.MaxGateway, "towns", "gateway", "bench");
        var uncached = CpuPerRequest(report.MaxGatewayUncached, "towns", "gateway", "bench");
        var hello = CpuPerRequest(report.MaxHello, "hello", "bench");
        Line(text, $"- CPU per answered request at max throughput, servers and load generator together: hello-world {Ms(hello)}, "
            + $"gateway as deployed {Ms(cached)}, gateway missing the cache {Ms(uncached)} (Redis, counted in neither, adds to the "
            + $"gateway's). On a machine shared by the servers and the load generator the throughput ratio cannot go much above the "
            + $"inverse ratio of these costs, {Ratio(hello / cached)} as deployed and {Ratio(hello / uncached)} uncached, however idle "
            + "the machine is.");
        Line(text);
    }

    private static void BusyNote(StringBuilder text, RunReport report)
    {
        var busiest = report.Phases.Max(p => p.Cpu.Others);
        var cores = report.Machine.Cores;
        var loadBefore = double.Parse(report.LoadBefore.Split(' ')[0], Invariant);
        if (busiest >= 0.25 * cores)
        {
            Line(text, $"**The machine was busy** while this ran (other engineers' builds, tests and benchmarks): processes other than the "
                + $"benchmark's used up to {Cores(busiest)} of its {cores} cores during the phases (table under Machine), and the "
                + $"1-minute load average was {loadBefore.ToString("0.0", Invariant)} before the benchmark started anything. The figures "
                + "are pessimistic, the max-throughput ones most.");
            Line(text);
        }
        else if (loadBefore >= cores)
        {
            Line(text, $"The machine had been busy just before (1-minute load average {loadBefore.ToString("0.0", Invariant)} on {cores} "
                + $"cores when the benchmark started), but during the phases other processes, PostgreSQL and Redis included, used at most "
                + $"{Cores(busiest)} cores (table under Machine).");
            Line(text);
        }
    }

    private static void IncidentNote(StringBuilder text, RunReport report)
    {
        if (report.Incidents.Count == 0)
        {
            return;
        }

        Line(text, "**The shared infrastructure failed during the measurement** (other engineers' tests stop and start it), so the phases "
            + "named here are not representative: "
            + string.Join("; ", report.Incidents.Select(i =>
                $"{i.Server} logged {i.Lines} {i.Dependency} failures from {i.From:HH:mm:ss} to {i.To:HH:mm:ss} UTC ({string.Join(", ", i.Phases)})"))
            + ".");
        Line(text);
    }

    private static void SetUp(StringBuilder text, RunReport report)
    {
        var s = report.Setup;
        var q = report.Queries;
        var o = report.Options;
        Line(text, "### Set-up");
        Line(text);
        Line(text, $"- Data: the {s.Towns} real towns of `data/shanxi-specialty-towns.json`, registered by the Towns service itself (its "
            + $"seeder, on a first start against the empty database `towns_bench` that also ran its migrations: {Sec(s.SchemaSeconds)}), then "
            + $"{s.Projects:N0} synthetic projects generated in {Sec(s.GenerateSeconds)} and written by binary COPY in {Sec(s.CopySeconds)}. "
            + "`towns_bench` is the benchmark's own database, never the dev database `towns`; every project row is labelled "
            + "by its \"created\" history entry (actor `synthetic:NNNNNNN`) and the database's comment says it is synthetic. Amounts: the generator's "
            + "\"none\" is stored 0–0 and \"at least X\" X–X, as the service's non-null columns require. The gateway has its own `gateway_bench`.");
        Line(text, $"- Index rebuild at start-up: **{(s.RebuildMilliseconds is { } ms ? Sec(ms / 1000.0) : "n/a")}** for "
            + $"{(s.IndexedDocuments is { } docs ? docs.ToString("N0", Invariant) : "?")} documents (Towns' own log); `/health/ready` answered "
            + $"{Sec(s.TownsReadySeconds)} after the process started. Towns RSS after ready: **{MiB(s.TownsRssAfterReady)}**; peak RSS over "
            + $"the run: {MiB(s.TownsPeakRss)}. Gateway peak RSS {MiB(s.GatewayPeakRss)}, hello-world {MiB(s.HelloPeakRss)}.");
        Line(text, $"- Queries: {q.Distinct:N0} pre-generated from seed {o.QuerySeed}: Chinese words of the generator's vocabulary "
            + "(法兰, 铸造, 玻璃, 医药, 光伏, 冷链仓储...), English (flange, glassware, industrial park...) and mixed (法兰 flange); "
            + $"{Pct(q.FilteredShare)} with a category, industry or amount-band filter; {Pct(q.PageOneShare)} page 1, the rest pages 2–3, "
            + $"20 per page. Requests draw from them uniformly at random (seeded). Of the first {q.Checked}: median "
            + $"{q.MedianTotal.ToString("0", Invariant)} matching projects, {Pct(q.ZeroHitShare)} with none; gateway and gRPC totals "
            + $"{(q.Mismatches == 0 ? "agree on every one" : $"differ on {q.Mismatches}")}.");
        Line(text, $"- The gateway caches search answers as their JSON for {LoadTargets.GatewaySearchCacheTtl.TotalSeconds:0} s (`SearchApi`), in its own memory "
            + "and in Redis for the other replicas (`PublicReadCache`). "
            + $"\"As deployed\" lets repeated queries hit it: by replaying the cache's rule on the client, about {Pct(report.OpenGateway.CacheHitShare ?? 0)} "
            + $"of the requests were answered from it at {o.Rate} rps and {Pct(report.MaxGateway.CacheHitShare ?? 0)} at max throughput, where "
            + $"{q.Distinct:N0} distinct queries come round every second or so; real traffic has more distinct queries and more repeats of "
            + "popular ones. \"Missing its cache\" is a second gateway replica started with `Caching__Enabled=false`, sent the same "
            + "queries in the same order: every request goes on to Towns.");
        Line(text);
    }

    private static void Machine(StringBuilder text, RunReport report)
    {
        var m = report.Machine;
        Line(text, "### Machine");
        Line(text);
        Line(text, "| nproc | memory | CPU | dotnet --version | OS |");
        Line(text, "| --- | --- | --- | --- | --- |");
        Line(text, $"| {m.Cores} | {(m.MemoryBytes / (1024.0 * 1024 * 1024)).ToString("0.0", Invariant)} GiB | {m.CpuModel} | {m.DotnetVersion} | {m.Os} |");
        Line(text);
        Line(text, $"Load average (1/5/15 min) before the run: {report.LoadBefore}; after: {report.LoadAfter}. "
            + "CPU used during each phase, in cores (1.00 = one core busy all the time):");
        Line(text);
        Line(text, "| phase | machine | Towns | gateway | hello-world | load generator | everything else | server CPU per answered request |");
        Line(text, "| --- | --- | --- | --- | --- | --- | --- | --- |");
        CpuRow(text, "gateway, open loop", report.OpenGateway, "towns", "gateway");
        CpuRow(text, "gateway uncached, open loop", report.OpenGatewayUncached, "towns", "gateway");
        CpuRow(text, "Towns gRPC, open loop", report.OpenTowns, "towns");
        CpuRow(text, "gateway, max", report.MaxGateway, "towns", "gateway");
        CpuRow(text, "gateway uncached, max", report.MaxGatewayUncached, "towns", "gateway");
        CpuRow(text, "hello-world, max", report.MaxHello, "hello");
        Line(text);
        Line(text, "\"Everything else\" is PostgreSQL, Redis (the gateway's rate limiter and cache), RabbitMQ and any other process on the "
            + "machine. Server CPU per answered request is the Towns + gateway (or hello-world) CPU of the phase over its answered "
            + "requests; at a low open-loop rate it includes the servers' idle background work.");
        Line(text);
    }

    private static void Method(StringBuilder text, RunReport report)
    {
        var o = report.Options;
        var openPhases = new[] { report.OpenGateway, report.OpenGatewayUncached, report.OpenTowns };
        Line(text, "### How it measures");
        Line(text);
        Line(text, $"- Open loop: requests are sent on a fixed schedule ({o.Rate} per second for {o.Seconds} s, {o.Rate * o.Seconds:N0} requests "
            + "per path) whatever the answers do, and each latency runs from the request's *scheduled* send time to its complete response, "
            + "so a stall counts against every request queued behind it (no coordinated omission). The pacer was late by at most "
            + $"{Ms(openPhases.Max(p => p.SendLag?.Max ?? 0))} (p99 {Ms(openPhases.Max(p => p.SendLag?.P99 ?? 0))}); that lateness is in "
            + "the figures. Timed from the actual send instead, p50 / p95 / p99 were "
            + string.Join(", ", openPhases.Select(p => $"{Triple(p.ServiceTime)} ({p.Path})"))
            + $". At most {OpenLoop.MaxInFlight:N0} in flight; timeout {LoadTargets.RequestTimeout.TotalSeconds:0} s per request.");
        Line(text, $"- Max throughput: {o.Concurrency} workers, each sending its next request when the previous one is answered; the three "
            + $"paths take turns in slices of about 5 s until each has had {o.Seconds} s, so all see the same background load. Latencies "
            + "there are per request (send to response).");
        Line(text, "- Throughput is answered requests (2xx) per second; errors are non-2xx answers, timeouts and connection failures"
            + ErrorList(report) + ". Percentiles are exact (nearest rank over every successful request).");
        Line(text, "- Clients: HTTP/1.1 keep-alive through one `HttpClient` per server (up to 512 connections); gRPC over one channel "
            + "(HTTP/2) with the anonymous identity the gateway forwards for public reads. The load generator runs on the same machine as "
            + "the servers.");
        Line(text, "- Servers: Towns and the gateway from their Release build (copied first, so concurrent builds cannot change them), "
            + "workstation GC as configured in `Directory.Build.props`; the hello-world is the same program in `--hello-server` mode "
            + "(minimal API, no logging, same GC). Each path is warmed up for 5 s (8 workers) first, and the gateway's cache is left to "
            + "expire before measuring. Rate limits are set out of reach; the run has its own RabbitMQ virtual host `bench-search` and "
            + "Redis database 9, so it never touches the dev system's queues, cache or rate-limit counters. Everything listens on "
            + "127.0.0.1 only; the processes it started are stopped at the end (also on Ctrl-C), the infrastructure keeps running.");
    }

    private static string ErrorList(RunReport report)
    {
        var errors = report.Phases.SelectMany(p => p.Errors.Select(e => $"{p.Path}: {e.Value} × {e.Key}")).ToList();
        return errors.Count == 0 ? " (there were none)" : $" ({string.Join("; ", errors)})";
    }

    private static string CacheNote(PhaseResult phase) =>
        phase.CacheHitShare is { } share ? $" (~{Pct(share)} cache hits)" : "";

    private static void Row(StringBuilder text, string path, string rate, PhaseResult phase) =>
        Line(text, $"| {path} | {rate} | {Ms(phase.Latency.P50)} | {Ms(phase.Latency.P95)} | {Ms(phase.Latency.P99)} | "
            + $"{Rps(phase.Throughput)} | {phase.Failures} of {phase.Successes + phase.Failures:N0} |");

    private static void CpuRow(StringBuilder text, string name, PhaseResult phase, params string[] servers)
    {
        var cpu = phase.Cpu;
        Line(text, $"| {name} | {Cores(cpu.SystemBusy)} | {Cores(cpu.Ours.GetValueOrDefault("towns"))} | {Cores(cpu.Ours.GetValueOrDefault("gateway"))} | "
            + $"{Cores(cpu.Ours.GetValueOrDefault("hello"))} | {Cores(cpu.Ours.GetValueOrDefault("bench"))} | {Cores(cpu.Others)} | "
            + $"{Ms(CpuPerRequest(phase, servers))} |");
    }

    /// <summary>Milliseconds of CPU the named processes spent per answered request.</summary>
    private static double CpuPerRequest(PhaseResult phase, params string[] processes) =>
        phase.Successes > 0 ? processes.Sum(p => phase.Cpu.Ours.GetValueOrDefault(p)) * phase.Seconds * 1000 / phase.Successes : double.NaN;

    private static string MetText(bool met) => met ? "met" : "not met";

    private static string Triple(LatencySummary? latency) =>
        latency is null ? "n/a" : $"{Ms(latency.P50)} / {Ms(latency.P95)} / {Ms(latency.P99)}";

    private static string Ms(double milliseconds) =>
        double.IsNaN(milliseconds) ? "n/a" : $"{milliseconds.ToString(milliseconds < 10 ? "0.00" : "0.0", Invariant)} ms";

    private static string Rps(double rate) => $"{rate.ToString(rate < 100 ? "0.0" : "N0", Invariant)} rps";

    private static string Ratio(double ratio) => ratio.ToString("0.000", Invariant);

    private static string Sec(double seconds) => $"{seconds.ToString("0.0", Invariant)} s";

    private static string MiB(long bytes) => $"{(bytes / (1024.0 * 1024)).ToString("N0", Invariant)} MiB";

    private static string Pct(double share) => $"{(share * 100).ToString("0", Invariant)} %";

    private static string Cores(double cores) => cores.ToString("0.00", Invariant);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
