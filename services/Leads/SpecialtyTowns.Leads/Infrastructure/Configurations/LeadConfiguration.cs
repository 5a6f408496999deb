using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

public sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public const string OpenKeyIndex = "ux_leads_open_key";

    public void Configure(EntityTypeBuilder<Lead> lead)
    {
        lead.ToTable("leads", table =>
        {
            table.HasCheckConstraint("ck_leads_expected_amount", "expected_amount_fen IS NULL OR expected_amount_fen >= 0");
        });
        lead.HasKey(l => l.Id);
        lead.Property(l => l.Id).HasColumnName("id");
        lead.Property(l => l.OrganisationId).HasColumnName("organisation_id");
        lead.Property(l => l.TownId).HasColumnName("town_id");
        lead.Property(l => l.ProjectId).HasColumnName("project_id");
        lead.Property(l => l.GapId).HasColumnName("gap_id");
        lead.Property(l => l.Source).HasColumnName("source").HasConversion<string>().HasMaxLength(20);
        lead.Property(l => l.InvestorUserId).HasColumnName("investor_user_id");
        lead.Property(l => l.OwnerId).HasColumnName("owner_id");
        lead.Property(l => l.OwnerName).HasColumnName("owner_name").HasMaxLength(100);
        lead.Property(l => l.Stage).HasColumnName("stage").HasConversion<string>().HasMaxLength(30);
        lead.Property(l => l.StageEnteredAt).HasColumnName("stage_entered_at");
        lead.Property(l => l.LostFrom).HasColumnName("lost_from").HasConversion<string>().HasMaxLength(30);
        lead.Property(l => l.LostReason).HasColumnName("lost_reason").HasMaxLength(60);
        lead.Property(l => l.Message).HasColumnName("message").HasMaxLength(2000);
        lead.Property(l => l.ExpectedAmountFen).HasColumnName("expected_amount_fen");
        lead.Property(l => l.NextAction).HasColumnName("next_action").HasMaxLength(500);
        lead.Property(l => l.NextActionDue).HasColumnName("next_action_due");
        lead.Property(l => l.VisitOn).HasColumnName("visit_on");
        lead.Property(l => l.OpenKey).HasColumnName("open_key").HasMaxLength(140);
        lead.Property(l => l.CreatedAt).HasColumnName("created_at");
        lead.Property(l => l.UpdatedAt).HasColumnName("updated_at");
        lead.Property(l => l.Version).HasColumnName("version").IsConcurrencyToken();
        lead.HasMany(l => l.History).WithOne().HasForeignKey(h => h.LeadId).OnDelete(DeleteBehavior.Cascade);
        lead.Navigation(l => l.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        lead.HasIndex(l => l.OpenKey).IsUnique().HasDatabaseName(OpenKeyIndex);
        lead.HasIndex(l => new { l.TownId, l.Stage }).HasDatabaseName("ix_leads_town_stage");
        lead.HasIndex(l => new { l.OwnerId, l.NextActionDue }).HasDatabaseName("ix_leads_owner_due");
        lead.HasIndex(l => l.OrganisationId).HasDatabaseName("ix_leads_organisation_id");
        lead.HasIndex(l => l.InvestorUserId).HasDatabaseName("ix_leads_investor_user_id");
    }
}
