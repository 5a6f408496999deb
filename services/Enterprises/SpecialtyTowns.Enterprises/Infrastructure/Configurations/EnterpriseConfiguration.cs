using SpecialtyTowns.SharedKernel.Identifiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Enterprises.Domain;

namespace SpecialtyTowns.Enterprises.Infrastructure.Configurations;

public sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> enterprise)
    {
        enterprise.ToTable("enterprises", table =>
        {
            table.HasCheckConstraint("ck_enterprises_cnc_rate", "cnc_rate_percent IS NULL OR (cnc_rate_percent >= 0 AND cnc_rate_percent <= 100)");
        });
        enterprise.HasKey(e => e.Id);
        enterprise.Property(e => e.Id).HasColumnName("id");
        enterprise.Property(e => e.TownId).HasColumnName("town_id");
        enterprise.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        enterprise.Property(e => e.NameEn).HasColumnName("name_en").HasMaxLength(200);
        enterprise.Property(e => e.UnifiedSocialCreditCode).HasColumnName("unified_social_credit_code").HasMaxLength(18);
        enterprise.Property(e => e.IndustryCode).HasColumnName("industry_code").HasMaxLength(5);
        enterprise.Property(e => e.Products).HasColumnName("products");
        enterprise.Property(e => e.Certifications).HasColumnName("certifications");
        enterprise.Property(e => e.Equipment).HasColumnName("equipment");
        enterprise.Property(e => e.CncRatePercent).HasColumnName("cnc_rate_percent").HasPrecision(5, 2);
        enterprise.Property(e => e.RevenueBand).HasColumnName("revenue_band").HasMaxLength(20);
        enterprise.Property(e => e.EmployeeBand).HasColumnName("employee_band").HasMaxLength(20);
        enterprise.Property(e => e.Leading).HasColumnName("leading");
        enterprise.Property(e => e.ExportMarkets).HasColumnName("export_markets");
        enterprise.Property(e => e.FoundedYear).HasColumnName("founded_year");
        enterprise.Property(e => e.Description).HasColumnName("description").HasMaxLength(4000);
        enterprise.Property(e => e.DescriptionEn).HasColumnName("description_en").HasMaxLength(4000);
        enterprise.Property(e => e.Source).HasColumnName("source").HasMaxLength(1000);
        enterprise.Property(e => e.RegisteredAt).HasColumnName("registered_at");
        enterprise.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        enterprise.Property(e => e.Version).HasColumnName("version").IsConcurrencyToken();
        enterprise.OwnsMany(e => e.Capacities, capacity => capacity.ToJson("capacities"));
        enterprise.OwnsMany(e => e.Contacts, contact => contact.ToJson("contacts"));
        enterprise.HasIndex(e => new { e.TownId, e.Name }).IsUnique().HasDatabaseName(UniqueIndexViolation.EnterpriseTownName);
        enterprise.HasIndex(e => e.UnifiedSocialCreditCode).IsUnique().HasDatabaseName(UniqueIndexViolation.EnterpriseCreditCode)
            .HasFilter("unified_social_credit_code IS NOT NULL");
    }
}
