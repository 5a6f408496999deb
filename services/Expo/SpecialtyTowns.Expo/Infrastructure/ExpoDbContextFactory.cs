using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SpecialtyTowns.Expo.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the host.</summary>
public sealed class ExpoDbContextFactory : IDesignTimeDbContextFactory<ExpoDbContext>
{
    public ExpoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ExpoDbContext>().UseNpgsql("Host=localhost;Database=expo").Options);
}
