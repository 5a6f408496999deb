using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Application;

/// <summary>An instance to schedule, optionally the schedule it revises, and how long the solver may take.</summary>
public sealed record SolveScheduleCommand(Instance Instance, Schedule? Previous, TimeSpan TimeLimit);
