namespace SpecialtyTowns.Gateway.Web.ExpoSetup;

public static class ExpoSetupPaths
{
    public static string Setup(string eventId) => $"/expo/events/{eventId}/setup";

    public static string Registrations(string eventId) => $"/expo/events/{eventId}/registrations";

    public static string Register(string eventId) => $"/expo/events/{eventId}/register";
}
