namespace SpecialtyTowns.Bench.Search.Hosting;

/// <summary>The checkout this benchmark was built in, and the configuration it was built with.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>Git-ignored working folder of the benchmark: service copies and logs.</summary>
    public static string WorkFolder => Path.Combine(Root, ".local", "bench-search");

    public static string SeedFile => Path.Combine(Root, "data", "shanxi-specialty-towns.json");

    public static string InfraScript => Path.Combine(Root, "deploy", "local", "infra.sh");

    public static string ServiceOutput(string folder, string project) =>
        Path.Combine(Root, "services", folder, project, "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpecialtyTowns.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SpecialtyTowns.sln not found above " + AppContext.BaseDirectory);
    }
}
