namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>Where a lead came from: wire names expo-meeting, search, recommendation, referral, inbound.</summary>
public enum LeadSource
{
    Inbound = 0,
    Search = 1,
    Recommendation = 2,
    Referral = 3,
    ExpoMeeting = 4,
}
