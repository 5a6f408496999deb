using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.TestKit.Expo;

/// <summary>A registered participant of a scenario and the caller that acts for it.</summary>
public sealed record ScenarioParticipant(TestCaller Caller, EventParticipant Registration)
{
    public string Id => Registration.Id;

    public string Kind => Registration.Kind;
}
