namespace SpecialtyTowns.Enterprises.UnitTests.Seeding;

/// <summary>
/// The source articles the seed data quotes: ST_SEEDS_DIR, or shared/seeds beside the checkout
/// (the data files' "../shared/seeds/"), searched upwards as worktrees sit deeper.
/// </summary>
internal static class SeedArticles
{
    public static string Directory()
    {
        if (Environment.GetEnvironmentVariable("ST_SEEDS_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(TestKit.RepoPaths.Root); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"The seed articles were not found above {TestKit.RepoPaths.Root}: set ST_SEEDS_DIR to their directory");
    }
}
