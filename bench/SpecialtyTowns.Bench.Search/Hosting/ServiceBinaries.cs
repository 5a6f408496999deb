namespace SpecialtyTowns.Bench.Search.Hosting;

/// <summary>
/// Copies a service's build output to the benchmark's own folder before starting it, so that
/// another engineer's build of the same project cannot swap assemblies under a running host.
/// </summary>
internal static class ServiceBinaries
{
    public static string Snapshot(string folder, string project)
    {
        var source = RepoPaths.ServiceOutput(folder, project);
        var dll = Path.Combine(source, project + ".dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{project} is not built in {RepoPaths.Configuration}; run with -c Release", dll);
        }

        var target = Path.Combine(RepoPaths.WorkFolder, "bin", project);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Copy(new DirectoryInfo(source), target);
        return Path.Combine(target, project + ".dll");
    }

    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(target, file.Name));
        }

        foreach (var directory in source.EnumerateDirectories())
        {
            Copy(directory, Path.Combine(target, directory.Name));
        }
    }
}
