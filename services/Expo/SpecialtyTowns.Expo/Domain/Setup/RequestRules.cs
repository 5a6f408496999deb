using SpecialtyTowns.Expo.Domain.Participants;

namespace SpecialtyTowns.Expo.Domain.Setup;

/// <summary>
/// Who may request a meeting with whom, by participant kind, stored on the event as "from>to"
/// pairs. By default every kind may ask every other kind, and nobody its own kind (two
/// investors meeting is not what the event is for; the organizer can allow it).
/// </summary>
public static class RequestRules
{
    public static IReadOnlyList<string> Defaults { get; } =
    [
        Pair(ParticipantKinds.Investor, ParticipantKinds.Town),
        Pair(ParticipantKinds.Investor, ParticipantKinds.Enterprise),
        Pair(ParticipantKinds.Town, ParticipantKinds.Investor),
        Pair(ParticipantKinds.Town, ParticipantKinds.Enterprise),
        Pair(ParticipantKinds.Enterprise, ParticipantKinds.Investor),
        Pair(ParticipantKinds.Enterprise, ParticipantKinds.Town),
    ];

    public static string Pair(string fromKind, string toKind) => $"{fromKind}>{toKind}";

    public static bool Allows(IEnumerable<string> rules, string fromKind, string toKind) => rules.Contains(Pair(fromKind, toKind));
}
