using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace SpecialtyTowns.Bench.Search.Hosting;

/// <summary>
/// The baseline: bare ASP.NET Core on Kestrel, GET / answers "hello". It runs as its own
/// process (a mode of this program), like the gateway, so it does not share a heap or a
/// thread pool with the load generator.
/// </summary>
internal static class HelloServer
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var index = args.ToList().IndexOf("--port");
        if (index < 0 || index + 1 >= args.Count || !int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var port))
        {
            await Console.Error.WriteLineAsync("bench-search --hello-server needs --port N");
            return 2;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        app.MapGet("/", () => "hello");
        await app.RunAsync();
        return 0;
    }
}
