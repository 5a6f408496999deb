namespace SpecialtyTowns.Expo.Domain.Meetings;

/// <summary>
/// A party not checked in some minutes after its meeting started is a provisional no-show; its
/// partner confirms it (then the place may be refilled) or the party arrives and it is cleared.
/// </summary>
public static class NoShowStates
{
    public const string Provisional = "provisional";
    public const string Confirmed = "confirmed";
    public const string Cleared = "cleared";
}
