namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>
/// The services' validation messages in Chinese, keyed by the English message with its numbers
/// as {0}, {1}... (see PageProblems.Localize). The .en file repeats the key, so English shows the original.
/// </summary>
public sealed class ProblemText;
