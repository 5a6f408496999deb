using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SpecialtyTowns.Towns.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the host.</summary>
public sealed class TownsDbContextFactory : IDesignTimeDbContextFactory<TownsDbContext>
{
    public TownsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TownsDbContext>().UseNpgsql("Host=localhost;Database=towns").Options);
}
