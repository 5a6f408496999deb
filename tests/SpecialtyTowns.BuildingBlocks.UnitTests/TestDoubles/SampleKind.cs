namespace SpecialtyTowns.BuildingBlocks.UnitTests.TestDoubles;

// Shaped like a generated proto enum: zero means unspecified.
public enum SampleKind
{
    Unspecified = 0,
    First = 1,
    Second = 2,
}
