namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>Texts of the town workspace: the overview, the profile form, the project forms and history.</summary>
public sealed class WorkspaceText;
