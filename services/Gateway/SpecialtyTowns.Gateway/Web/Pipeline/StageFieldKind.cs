namespace SpecialtyTowns.Gateway.Web.Pipeline;

/// <summary>How a stage field is entered: a line of text, a calendar date, yuan, one item a line, or a lost reason.</summary>
public enum StageFieldKind
{
    Text,
    Date,
    Yuan,
    Lines,
    Reason,
}
