using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Enterprises.Domain;

/// <summary>A company of a specialty town; its name is unique within its town.</summary>
public sealed class Enterprise
{
    private Enterprise()
    {
    }

    public Guid Id { get; private set; }

    public Guid TownId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public List<string> Products { get; private set; } = [];

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Admins register enterprises of any town; a town only its own.</summary>
    public static bool MayBeRegisteredBy(Caller caller, Guid townId) => caller.IsAdmin || caller.IsTown(townId);

    public static Enterprise Register(Guid townId, string name, IEnumerable<string> products, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TownId = townId,
        Name = name.Trim(),
        Products = Clean(products),
        RegisteredAt = now,
    };

    /// <summary>The enterprise itself, the town it belongs to, and admins may change it.</summary>
    public bool MayBeEditedBy(Caller caller) =>
        caller.IsAdmin || caller.IsEnterprise(Id) || caller.IsTown(TownId);

    /// <summary>Applies a partial update; returns whether anything changed.</summary>
    public bool Apply(string? name, IReadOnlyList<string>? products)
    {
        var before = (Name, string.Join('\n', Products));
        Name = name?.Trim() ?? Name;
        Products = products is null ? Products : Clean(products);
        return before != (Name, string.Join('\n', Products));
    }

    private static List<string> Clean(IEnumerable<string> products) => products.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
}
