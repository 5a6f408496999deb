using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SpecialtyTowns.Enterprises.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the host.</summary>
public sealed class EnterprisesDbContextFactory : IDesignTimeDbContextFactory<EnterprisesDbContext>
{
    public EnterprisesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EnterprisesDbContext>().UseNpgsql("Host=localhost;Database=enterprises").Options);
}
