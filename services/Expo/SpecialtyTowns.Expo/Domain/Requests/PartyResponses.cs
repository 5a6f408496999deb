namespace SpecialtyTowns.Expo.Domain.Requests;

/// <summary>One party's answer to the request's current terms; a counter-proposal changes the terms and asks everyone again.</summary>
public static class PartyResponses
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
}
