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

    public string? CreationRequestId { get; private set; }

    /// <summary>Applies a partial update; returns whether anything changed.</summary>
    public bool Apply(string? name, IReadOnlyList<string>? products)
    {
        var before = (Name, string.Join('\n', Products));
        Name = name?.Trim() ?? Name;
        Products = products?.Select(p => p.Trim()).Where(p => p.Length > 0).ToList() ?? Products;
        return before != (Name, string.Join('\n', Products));
    }

    /// <summary>The enterprise itself, the town it belongs to, and admins may change it.</summary>
    public bool MayBeEditedBy(SpecialtyTowns.SharedKernel.Caller caller) =>
        caller.IsAdmin || caller.IsEnterprise(Id) || caller.IsTown(TownId);

    public static Enterprise Register(Guid townId, string name, IEnumerable<string> products, string? requestId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TownId = townId,
        Name = name.Trim(),
        Products = products.Select(p => p.Trim()).Where(p => p.Length > 0).ToList(),
        RegisteredAt = now,
        CreationRequestId = string.IsNullOrWhiteSpace(requestId) ? null : requestId.Trim(),
    };
}
