namespace SpecialtyTowns.Towns.Domain;

public enum TownCategory
{
    /// <summary>先进制造</summary>
    AdvancedManufacturing = 1,

    /// <summary>特色轻工</summary>
    SpecialtyLightIndustry = 2,

    /// <summary>特优农业</summary>
    SpecialtyAgriculture = 3,
}
