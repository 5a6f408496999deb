namespace SpecialtyTowns.Expo.Domain.Notifications;

/// <summary>What a participant's inbox tells it; pages word each kind in Chinese and English.</summary>
public static class NotificationKinds
{
    public const string RequestReceived = "request-received";
    public const string RequestAccepted = "request-accepted";
    public const string RequestDeclined = "request-declined";
    public const string RequestCountered = "request-countered";
    public const string RequestCancelled = "request-cancelled";
    public const string RequestExpiring = "request-expiring";
    public const string RequestExpired = "request-expired";
    public const string MeetingScheduled = "meeting-scheduled";
    public const string MeetingMoved = "meeting-moved";
    public const string MeetingInterpreterChanged = "meeting-interpreter-changed";
    public const string MeetingUnscheduled = "meeting-unscheduled";
    public const string MeetingCancelled = "meeting-cancelled";
    public const string RegistrationApproved = "registration-approved";
    public const string RegistrationRejected = "registration-rejected";

    // The day of the event (standby): a partner is told of a provisional no-show; a candidate of an offered place.
    public const string NoShowProvisional = "no-show-provisional";
    public const string NoShowConfirmed = "no-show-confirmed";
    public const string StandbyOffered = "standby-offered";
    public const string MeetingRefilled = "meeting-refilled";
}
