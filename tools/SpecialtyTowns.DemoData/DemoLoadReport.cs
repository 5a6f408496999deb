namespace SpecialtyTowns.DemoData;

/// <summary>What one run did: each item created now or found already present.</summary>
public sealed class DemoLoadReport
{
    private readonly List<(string Kind, string Name, bool Created, string Detail)> _items = [];

    public IReadOnlyList<(string Kind, string Name, bool Created, string Detail)> Items => _items;

    public int Created => _items.Count(i => i.Created);

    public int AlreadyPresent => _items.Count(i => !i.Created);

    public void Add(string kind, string name, bool created, string detail) => _items.Add((kind, name, created, detail));

    public void WriteTo(TextWriter output)
    {
        foreach (var (kind, name, created, detail) in _items)
        {
            output.WriteLine($"[demo] {kind,-8} {name}: {(created ? "created" : "already present")}{(detail.Length == 0 ? string.Empty : " (" + detail + ")")}");
        }

        output.WriteLine($"[demo] {Created} created, {AlreadyPresent} already present");
    }
}
