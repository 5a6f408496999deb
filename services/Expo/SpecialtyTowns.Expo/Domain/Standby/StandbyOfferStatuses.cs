namespace SpecialtyTowns.Expo.Domain.Standby;

public static class StandbyOfferStatuses
{
    public const string Offered = "offered";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
    public const string Expired = "expired";

    /// <summary>The place went away meanwhile (the slot ended, the partner left).</summary>
    public const string Withdrawn = "withdrawn";
}
