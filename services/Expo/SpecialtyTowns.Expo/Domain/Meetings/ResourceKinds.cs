namespace SpecialtyTowns.Expo.Domain.Meetings;

/// <summary>What a placed meeting occupies in its slot; each has its own unique index, whose name says which rule a collision broke.</summary>
public static class ResourceKinds
{
    public const string Participant = "participant";
    public const string Table = "table";
    public const string Interpreter = "interpreter";
}
