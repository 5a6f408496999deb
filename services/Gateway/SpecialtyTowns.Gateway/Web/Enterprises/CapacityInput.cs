using SpecialtyTowns.Enterprises.V1;

namespace SpecialtyTowns.Gateway.Web.Enterprises;

/// <summary>One capacity row of the enterprise form, as typed (the service judges the amount).</summary>
public sealed class CapacityInput
{
    public string? Product { get; set; }

    public string? Amount { get; set; }

    public string? Unit { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Product) && string.IsNullOrWhiteSpace(Amount) && string.IsNullOrWhiteSpace(Unit);

    public static CapacityInput From(Capacity capacity) => new() { Product = capacity.Product, Amount = capacity.Amount, Unit = capacity.Unit };

    public Capacity ToMessage() => new()
    {
        Product = Product?.Trim() ?? string.Empty,
        Amount = Amount?.Trim() ?? string.Empty,
        Unit = Unit?.Trim() ?? string.Empty,
    };
}
