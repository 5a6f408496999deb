namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// Who may call one route: the exact status each actor gets on a resource it owns and on
/// one it does not, and how to build a request for it.
/// </summary>
public sealed record RouteRule(
    Func<string, bool, int> Expected,
    Func<World, string, bool, Task<string>> PathId,
    Func<World, string, bool, Task<object?>> Body)
{
    public static Func<string, bool, int> Public(int ok) => (_, _) => ok;

    public static Func<string, bool, int> SignedIn(int ok) => (actor, _) => actor == Actor.Anonymous ? 401 : ok;

    public static Func<string, bool, int> RolesOnly(int ok, params string[] roles) =>
        (actor, _) => actor == Actor.Anonymous ? 401 : roles.Contains(actor) ? ok : 403;

    /// <summary>Listed roles pass the gateway; the service then lets admins and owners through.</summary>
    public static Func<string, bool, int> Owned(int ok, int notOwned, params string[] roles) =>
        (actor, owned) => actor == Actor.Anonymous ? 401
            : !roles.Contains(actor) ? 403
            : actor == Actor.Admin || owned ? ok
            : notOwned;
}
