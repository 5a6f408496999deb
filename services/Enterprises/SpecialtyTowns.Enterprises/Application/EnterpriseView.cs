using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Domain.Towns;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>An enterprise with its town as Enterprises last heard of it (null when not heard of).</summary>
public sealed record EnterpriseView(Enterprise Enterprise, TownEntry? Town);
