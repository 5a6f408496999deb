using SpecialtyTowns.Towns.Application;

namespace SpecialtyTowns.Towns.Extensions;

public static class AnnouncementReplayExtensions
{
    /// <summary>
    /// After the migrations, before the seed: the replays consumers added later need (each once per
    /// database). On a new database they find no town and no project, so seeded towns are announced once.
    /// </summary>
    public static async Task ReplayAnnouncementsAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AnnounceExistingTowns>().ExecuteAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<AnnounceExistingProjects>().ExecuteAsync(cancellationToken);
    }
}
