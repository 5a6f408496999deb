using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Directory;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

/// <summary>Leads' own directory of towns, projects and gaps, built from other services' events.</summary>
public sealed class DirectoryConfiguration :
    IEntityTypeConfiguration<TownDirectoryEntry>,
    IEntityTypeConfiguration<ProjectEntry>,
    IEntityTypeConfiguration<GapEntry>,
    IEntityTypeConfiguration<ChainNodeEntry>,
    IEntityTypeConfiguration<ExpoEventEntry>
{
    public void Configure(EntityTypeBuilder<TownDirectoryEntry> entry)
    {
        entry.ToTable("town_directory");
        entry.HasKey(e => e.TownId);
        entry.Property(e => e.TownId).HasColumnName("town_id").ValueGeneratedNever();
        entry.Property(e => e.Name).HasColumnName("name").HasMaxLength(100);
        entry.Property(e => e.MainIndustry).HasColumnName("main_industry").HasMaxLength(200);
        entry.Property(e => e.Category).HasColumnName("category").HasMaxLength(40);
        entry.Property(e => e.City).HasColumnName("city").HasMaxLength(60);
        entry.Property(e => e.RegisteredAt).HasColumnName("registered_at");
        entry.Property(e => e.ReceivedAt).HasColumnName("received_at");
        entry.Property(e => e.ProfileAsOf).HasColumnName("profile_as_of");
        entry.HasIndex(e => e.City).HasDatabaseName("ix_town_directory_city");
    }

    public void Configure(EntityTypeBuilder<ProjectEntry> entry)
    {
        entry.ToTable("project_directory");
        entry.HasKey(e => e.ProjectId);
        entry.Property(e => e.ProjectId).HasColumnName("project_id").ValueGeneratedNever();
        entry.Property(e => e.TownId).HasColumnName("town_id");
        entry.Property(e => e.Title).HasColumnName("title").HasMaxLength(200);
        entry.Property(e => e.Status).HasColumnName("status").HasMaxLength(20);
        entry.Property(e => e.IndustryCode).HasColumnName("industry_code").HasMaxLength(5);
        entry.Property(e => e.AmountMinFen).HasColumnName("amount_min_fen");
        entry.Property(e => e.AmountMaxFen).HasColumnName("amount_max_fen");
        entry.Property(e => e.AsOf).HasColumnName("as_of");
        entry.Property(e => e.TitleEn).HasColumnName("title_en").HasMaxLength(300);
        entry.Property(e => e.Description).HasColumnName("description").HasMaxLength(8000);
        entry.Property(e => e.DescriptionEn).HasColumnName("description_en").HasMaxLength(8000);
        entry.Property(e => e.CooperationModes).HasColumnName("cooperation_modes");
        entry.Property(e => e.LandAreaSquareMetres).HasColumnName("land_area_square_metres").HasPrecision(14, 2);
        entry.Property(e => e.HasContent).HasColumnName("has_content");
        entry.Property(e => e.ContentAsOf).HasColumnName("content_as_of");
        entry.HasIndex(e => e.TownId).HasDatabaseName("ix_project_directory_town");
    }

    public void Configure(EntityTypeBuilder<GapEntry> entry)
    {
        entry.ToTable("gap_directory");
        entry.HasKey(e => e.GapId);
        entry.Property(e => e.GapId).HasColumnName("gap_id").ValueGeneratedNever();
        entry.Property(e => e.TownId).HasColumnName("town_id");
        entry.Property(e => e.Title).HasColumnName("title").HasMaxLength(200);
        entry.Property(e => e.Status).HasColumnName("status").HasMaxLength(20);
        entry.Property(e => e.AsOf).HasColumnName("as_of");
        entry.Property(e => e.TitleEn).HasColumnName("title_en").HasMaxLength(300);
        entry.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(40);
        entry.Property(e => e.IndustryCode).HasColumnName("industry_code").HasMaxLength(5);
        entry.Property(e => e.ChainNodeId).HasColumnName("chain_node_id");
        entry.Property(e => e.EnterpriseId).HasColumnName("enterprise_id");
        entry.Property(e => e.ContentAsOf).HasColumnName("content_as_of");
        entry.HasIndex(e => e.TownId).HasDatabaseName("ix_gap_directory_town");
    }

    public void Configure(EntityTypeBuilder<ChainNodeEntry> entry)
    {
        entry.ToTable("chain_node_directory");
        entry.HasKey(e => e.NodeId);
        entry.Property(e => e.NodeId).HasColumnName("node_id").ValueGeneratedNever();
        entry.Property(e => e.TownId).HasColumnName("town_id");
        entry.Property(e => e.Chain).HasColumnName("chain").HasMaxLength(100);
        entry.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        entry.Property(e => e.Position).HasColumnName("position").HasMaxLength(20);
        entry.Property(e => e.Removed).HasColumnName("removed");
        entry.Property(e => e.Version).HasColumnName("version");
        entry.Property(e => e.AsOf).HasColumnName("as_of");
    }

    public void Configure(EntityTypeBuilder<ExpoEventEntry> entry)
    {
        entry.ToTable("expo_event_directory");
        entry.HasKey(e => e.EventId);
        entry.Property(e => e.EventId).HasColumnName("event_id").ValueGeneratedNever();
        entry.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        entry.Property(e => e.City).HasColumnName("city").HasMaxLength(60);
        entry.Property(e => e.StartsOn).HasColumnName("starts_on");
        entry.Property(e => e.EndsOn).HasColumnName("ends_on");
        entry.Property(e => e.TimeZone).HasColumnName("time_zone").HasMaxLength(64);
    }
}
