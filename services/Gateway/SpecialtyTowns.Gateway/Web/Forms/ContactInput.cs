using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Web.Forms;

/// <summary>One contact row of a profile form (a town's or an enterprise's: the same four fields).</summary>
public sealed class ContactInput
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email);

    public static ContactInput From(TownContact contact) => new() { Name = contact.Name, Role = contact.Role, Phone = contact.Phone, Email = contact.Email };

    public static ContactInput From(EnterpriseContact contact) => new() { Name = contact.Name, Role = contact.Role, Phone = contact.Phone, Email = contact.Email };

    public EnterpriseContact ToEnterpriseContact()
    {
        var town = ToMessage();
        return new EnterpriseContact { Name = town.Name, Role = town.Role, Phone = town.Phone, Email = town.Email };
    }

    public TownContact ToMessage() => new()
    {
        Name = Name?.Trim() ?? string.Empty,
        Role = Role?.Trim() ?? string.Empty,
        Phone = Phone?.Trim() ?? string.Empty,
        Email = Email?.Trim() ?? string.Empty,
    };
}
