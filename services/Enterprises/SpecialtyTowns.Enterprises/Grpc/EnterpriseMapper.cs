using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Enterprises.Application;

namespace SpecialtyTowns.Enterprises.Grpc;

public static class EnterpriseMapper
{
    public static V1.Enterprise ToMessage(EnterpriseView view, bool withContacts)
    {
        var (enterprise, town) = (view.Enterprise, view.Town);
        return new()
        {
            Id = enterprise.Id.ToString(),
            TownId = enterprise.TownId.ToString(),
            RegisteredAt = Timestamp.FromDateTimeOffset(enterprise.RegisteredAt),
            UpdatedAt = Timestamp.FromDateTimeOffset(enterprise.UpdatedAt),
            Version = enterprise.Version,
            Profile = EnterpriseProfileMapper.ToMessage(enterprise.Profile, withContacts),
            ContactsHidden = !withContacts && enterprise.Contacts.Count > 0,
            TownName = town?.Name ?? string.Empty,
            TownNameEn = town?.NameEn ?? string.Empty,
            City = town?.City ?? string.Empty,
        };
    }
}
