extern alias expo;

using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>The Expo service in process; towns become exhibitors as published TownRegistered events.</summary>
public sealed class ExpoHost() : ServiceHost<expo::Program>("expo");
