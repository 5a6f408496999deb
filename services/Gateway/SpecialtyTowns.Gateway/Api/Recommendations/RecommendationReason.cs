namespace SpecialtyTowns.Gateway.Api.Recommendations;

/// <summary>Why a pair scored for one side (investor or town): the feature, its text in Chinese and English, and the points (0-100) of that side's score it gave.</summary>
public sealed record RecommendationReason(string Side, string Feature, string Text, string TextEn, double Contribution);
