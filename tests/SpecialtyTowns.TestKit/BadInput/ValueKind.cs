namespace SpecialtyTowns.TestKit.BadInput;

/// <summary>The JSON kind a schema asks for; the corpus sends every other kind in its place.</summary>
internal enum ValueKind
{
    Unknown,
    String,
    Integer,
    Number,
    Boolean,
    Object,
    Array,
}
