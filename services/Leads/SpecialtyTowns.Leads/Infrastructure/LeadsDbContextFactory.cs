using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SpecialtyTowns.Leads.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the host.</summary>
public sealed class LeadsDbContextFactory : IDesignTimeDbContextFactory<LeadsDbContext>
{
    public LeadsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LeadsDbContext>().UseNpgsql("Host=localhost;Database=leads").Options);
}
