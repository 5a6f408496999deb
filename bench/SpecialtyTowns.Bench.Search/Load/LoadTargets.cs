using System.Net;
using Grpc.Core;
using Grpc.Net.Client;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>
/// The paths under load. Request n takes query <c>order[n % order.Length]</c> of the pool.
/// Every request times out after <see cref="RequestTimeout"/>.
/// </summary>
internal static class LoadTargets
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The gateway's search cache lifetime (SearchApi.SearchCacheTtl).</summary>
    public static readonly TimeSpan GatewaySearchCacheTtl = TimeSpan.FromSeconds(10);

    /// <summary>HTTP/1.1 with keep-alive and a pool large enough that no request waits for a connection.</summary>
    public static HttpClient HttpClient(Uri baseAddress) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 512,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = baseAddress,
        Timeout = RequestTimeout,
        DefaultRequestVersion = HttpVersion.Version11,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    public static GrpcChannel GrpcChannel(Uri address) => Grpc.Net.Client.GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseProxy = false,
        },
        MaxReceiveMessageSize = 16 * 1024 * 1024,
    });

    /// <summary>The gateway as deployed: repeated queries may come from its cache.</summary>
    public static LoadTarget Gateway(HttpClient client, IReadOnlyList<BenchQuery> queries, int[] order)
    {
        var uris = queries.Select(q => new Uri(q.GatewayPathAndQuery(), UriKind.Relative)).ToArray();
        var cache = new CacheModel(GatewaySearchCacheTtl);
        return new LoadTarget(
            "gateway",
            (n, cancellationToken) =>
            {
                var query = order[n % order.Length];
                cache.Observe(query);
                return GetAsync(client, uris[query], cancellationToken);
            },
            cache);
    }

    /// <summary>
    /// The gateway replica started with its cache off (<c>Caching__Enabled=false</c>): the same
    /// queries in the same order, every one sent on to Towns.
    /// </summary>
    public static LoadTarget GatewayUncached(HttpClient client, IReadOnlyList<BenchQuery> queries, int[] order)
    {
        var uris = queries.Select(q => new Uri(q.GatewayPathAndQuery(), UriKind.Relative)).ToArray();
        return new LoadTarget("gateway-uncached", (n, cancellationToken) => GetAsync(client, uris[order[n % order.Length]], cancellationToken));
    }

    public static LoadTarget Hello(HttpClient client)
    {
        var root = new Uri("/", UriKind.Relative);
        return new LoadTarget("hello", (_, cancellationToken) => GetAsync(client, root, cancellationToken));
    }

    public static LoadTarget Towns(ProjectsService.ProjectsServiceClient client, string bearerToken, IReadOnlyList<BenchQuery> queries, int[] order)
    {
        var headers = new Metadata { { "authorization", "Bearer " + bearerToken } };
        var requests = queries.Select(q => q.GrpcRequest()).ToArray();
        return new LoadTarget("towns-grpc", async (n, cancellationToken) =>
        {
            try
            {
                await client.SearchProjectsAsync(requests[order[n % order.Length]], headers, DateTime.UtcNow.Add(RequestTimeout), cancellationToken);
                return null;
            }
            catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
            {
                return $"gRPC {exception.StatusCode}";
            }
        });
    }

    private static async Task<string?> GetAsync(HttpClient client, Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(uri, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "timeout";
        }
        catch (HttpRequestException exception)
        {
            return $"connection ({exception.HttpRequestError})";
        }
    }
}
