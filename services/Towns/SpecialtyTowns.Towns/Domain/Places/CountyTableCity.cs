namespace SpecialtyTowns.Towns.Domain.Places;

/// <summary>A city and its county-level divisions, each "中文名 Pinyin"; <c>Former</c> holds abolished names still met in sources.</summary>
public sealed record CountyTableCity(string City, IReadOnlyList<string> Counties, IReadOnlyList<string>? Former);
