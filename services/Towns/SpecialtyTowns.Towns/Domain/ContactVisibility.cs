using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Towns.Domain;

/// <summary>
/// A town's contacts are people's phones and emails: only signed-in callers (any role) see them;
/// a visitor (the gateway's anonymous caller) gets the profile without them.
/// </summary>
public static class ContactVisibility
{
    public static bool MaySee(Caller caller) => caller.Role != Roles.Anonymous;
}
