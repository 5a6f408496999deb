using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.Infrastructure;

public sealed class InvestmentProjectConfiguration : IEntityTypeConfiguration<InvestmentProject>
{
    public void Configure(EntityTypeBuilder<InvestmentProject> project)
    {
        project.ToTable("projects", table =>
        {
            table.HasCheckConstraint("ck_projects_amount_range", "amount_min_fen >= 0 AND amount_max_fen >= amount_min_fen");
        });
        project.HasKey(p => p.Id);
        project.Property(p => p.Id).HasColumnName("id");
        project.Property(p => p.TownId).HasColumnName("town_id");
        project.Property(p => p.Title).HasColumnName("title").HasMaxLength(ProjectLimits.Title);
        project.Property(p => p.TitleEn).HasColumnName("title_en").HasMaxLength(ProjectLimits.Title);
        project.Property(p => p.Description).HasColumnName("description").HasMaxLength(ProjectLimits.Description);
        project.Property(p => p.DescriptionEn).HasColumnName("description_en").HasMaxLength(ProjectLimits.Description);
        project.Property(p => p.IndustryCode).HasColumnName("industry_code").HasMaxLength(4);
        project.Property(p => p.AmountMinFen).HasColumnName("amount_min_fen");
        project.Property(p => p.AmountMaxFen).HasColumnName("amount_max_fen");
        project.Property(p => p.CooperationModes).HasColumnName("cooperation_modes");
        project.Property(p => p.LandAreaSquareMetres).HasColumnName("land_area_m2").HasPrecision(14, 2);
        project.Property(p => p.Incentives).HasColumnName("incentives").HasMaxLength(ProjectLimits.Incentives);
        project.Property(p => p.Location).HasColumnName("location").HasMaxLength(ProjectLimits.Short);
        project.Property(p => p.Deadline).HasColumnName("deadline");
        project.Property(p => p.ContactName).HasColumnName("contact_name").HasMaxLength(ProjectLimits.Short);
        project.Property(p => p.ContactPhone).HasColumnName("contact_phone").HasMaxLength(40);
        project.Property(p => p.ContactEmail).HasColumnName("contact_email").HasMaxLength(256);
        project.Property(p => p.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        project.Property(p => p.CreatedAt).HasColumnName("created_at");
        project.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        project.Property(p => p.PublishedAt).HasColumnName("published_at");
        project.Property<uint>("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        project.HasIndex(p => p.TownId).HasDatabaseName("ix_projects_town_id");
        project.HasMany(p => p.History).WithOne().HasForeignKey(h => h.ProjectId);
        project.Navigation(p => p.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
