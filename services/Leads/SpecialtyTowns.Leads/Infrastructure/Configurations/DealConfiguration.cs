using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Deals;
using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

public sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> deal)
    {
        deal.ToTable("deals", table =>
        {
            table.HasCheckConstraint("ck_deals_amount", "amount_fen > 0");
            table.HasCheckConstraint("ck_deals_funds", "funds_arrived_fen >= 0");
        });
        deal.HasKey(d => d.Id);
        deal.Property(d => d.Id).HasColumnName("id");
        deal.Property(d => d.LeadId).HasColumnName("lead_id");
        deal.Property(d => d.TownId).HasColumnName("town_id");
        deal.Property(d => d.OrganisationId).HasColumnName("organisation_id");
        deal.Property(d => d.ProjectId).HasColumnName("project_id");
        deal.Property(d => d.GapId).HasColumnName("gap_id");
        deal.Property(d => d.AmountFen).HasColumnName("amount_fen");
        deal.Property(d => d.SignedOn).HasColumnName("signed_on");
        deal.Property(d => d.ContractReference).HasColumnName("contract_reference").HasMaxLength(100);
        deal.Property(d => d.Parties).HasColumnName("parties");
        deal.Property(d => d.PlannedStartOn).HasColumnName("planned_start_on");
        deal.Property(d => d.RegisteredCompany).HasColumnName("registered_company").HasMaxLength(200);
        deal.Property(d => d.RegisteredOn).HasColumnName("registered_on");
        deal.Property(d => d.ConstructionStartedOn).HasColumnName("construction_started_on");
        deal.Property(d => d.ProductionStartedOn).HasColumnName("production_started_on");
        deal.Property(d => d.TerminatedAt).HasColumnName("terminated_at");
        deal.Property(d => d.FundsArrivedFen).HasColumnName("funds_arrived_fen");
        deal.Property(d => d.CreatedAt).HasColumnName("created_at");
        deal.Property(d => d.Version).HasColumnName("version").IsConcurrencyToken();
        deal.HasMany(d => d.Funds).WithOne().HasForeignKey(f => f.DealId).OnDelete(DeleteBehavior.Cascade);
        deal.Navigation(d => d.Funds).UsePropertyAccessMode(PropertyAccessMode.Field);
        deal.HasOne<Lead>().WithMany().HasForeignKey(d => d.LeadId).OnDelete(DeleteBehavior.Restrict);

        // One deal per lead at a time: a lead reopened after its deal fell through signs a new one, so
        // only deals still standing are unique.
        deal.HasIndex(d => d.LeadId).IsUnique().HasDatabaseName("ux_deals_lead_standing").HasFilter("terminated_at IS NULL");
        deal.HasIndex(d => new { d.TownId, d.SignedOn }).HasDatabaseName("ix_deals_town_signed_on");
    }
}
