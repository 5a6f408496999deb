using Microsoft.Extensions.Options;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;
using SpecialtyTowns.Leads.Infrastructure.Matching;

namespace SpecialtyTowns.Leads.Extensions;

public static class MatchingEngineExtensions
{
    /// <summary>The in-memory match index of this replica, the feed follower that keeps it fresh, and <see cref="IMatchQueries"/> over it.</summary>
    public static IHostApplicationBuilder AddMatchingEngine(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<MatchingOptions>(builder.Configuration.GetSection(MatchingOptions.Section));
        builder.Services.AddSingleton<MatchIndex>();
        builder.Services.AddSingleton(sp => new MatchEngine(sp.GetRequiredService<MatchIndex>(), sp.GetRequiredService<IOptions<MatchingOptions>>().Value));
        builder.Services.AddSingleton<IMatchQueries>(sp => sp.GetRequiredService<MatchEngine>());
        builder.Services.AddSingleton(sp => new MatchFeedFollower(sp.GetRequiredService<MatchIndex>(), TimeProvider.System));
        builder.Services.AddScoped<MatchIndexLoader>();
        builder.Services.AddScoped<RecomputeMatches>();
        builder.Services.AddHostedService<MatchIndexRefresher>();
        builder.Services.AddScoped<MatchFeedRetention>();
        builder.Services.AddHostedService<MatchFeedRetentionWorker>();
        return builder;
    }

    /// <summary>Runs <c>recompute-matches [--check]</c> when the arguments name it; returns whether it ran (the process then exits with its code).</summary>
    public static async Task<bool> RunMatchingCommandAsync(this IHost app, string[] args)
    {
        if (args.Length == 0 || args[0] != RecomputeMatches.Command)
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetRequiredService<RecomputeMatches>();
        Environment.ExitCode = await command.RunAsync(args.Contains("--check"), Console.Out, CancellationToken.None);
        return true;
    }
}
