namespace SpecialtyTowns.DemoData;

/// <summary>
/// The demo data file (data/demo/demo.json, format in data/demo/README.md). A later section
/// (investors' profiles, leads, an event) is a new list here and a new step in <see cref="DemoLoader"/>.
/// </summary>
public sealed record DemoDataSet(
    int Format,
    IReadOnlyList<DemoAccount> Accounts,
    IReadOnlyList<DemoProject> Projects,
    string? About = null);
