namespace SpecialtyTowns.Enterprises.Application;

public sealed record EnterprisePage(IReadOnlyList<EnterpriseView> Enterprises, int Total);
