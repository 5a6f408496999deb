namespace SpecialtyTowns.Expo.Domain.Requests;

/// <summary>
/// A request is pending until every party accepted (then accepted, and a meeting exists), or one
/// declined, or the sender cancelled, or it expired. Pending requests never hold a slot.
/// </summary>
public static class RequestStatuses
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
    public const string Cancelled = "cancelled";
    public const string Expired = "expired";

    public static bool IsOpen(string status) => status == Pending;
}
