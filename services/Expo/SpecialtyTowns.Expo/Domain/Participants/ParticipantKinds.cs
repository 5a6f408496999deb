namespace SpecialtyTowns.Expo.Domain.Participants;

/// <summary>Who registers for an event: an investor organisation, a town's delegation, an enterprise.</summary>
public static class ParticipantKinds
{
    public const string Investor = "investor";
    public const string Town = "town";
    public const string Enterprise = "enterprise";

    public static IReadOnlyList<string> All { get; } = [Investor, Town, Enterprise];
}
