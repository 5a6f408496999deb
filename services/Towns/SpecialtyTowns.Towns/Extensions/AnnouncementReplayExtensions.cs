using SpecialtyTowns.Towns.Application;

namespace SpecialtyTowns.Towns.Extensions;

public static class AnnouncementReplayExtensions
{
    /// <summary>After the migrations, before the seed: on a new database the replay finds no town, so seeded towns are announced once.</summary>
    public static async Task AnnounceExistingTownsAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AnnounceExistingTowns>().ExecuteAsync(cancellationToken);
    }
}
