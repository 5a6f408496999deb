namespace SpecialtyTowns.TestKit;

/// <summary>Finds the checkout and the build output of the services under test.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration the tests were built in; the services were built alongside.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string ServiceDll(string service, string project) =>
        Path.Combine(Root, "services", service, project, "bin", Configuration, "net10.0", project + ".dll");

    public static string InfraScript => Path.Combine(Root, "deploy", "local", "infra.sh");

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
