namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// Texts of the town's lead pipeline pages: the board, a lead with its timeline, moving and reopening a lead, entering
/// one, the follow-up lists and the lost-reasons editor. Chinese in PipelineText.resx, English in PipelineText.en.resx.
/// </summary>
public sealed class PipelineText;
