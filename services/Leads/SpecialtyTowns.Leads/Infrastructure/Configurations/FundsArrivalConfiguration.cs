using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Deals;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

public sealed class FundsArrivalConfiguration : IEntityTypeConfiguration<FundsArrival>
{
    public void Configure(EntityTypeBuilder<FundsArrival> funds)
    {
        funds.ToTable("funds_arrivals", table => table.HasCheckConstraint("ck_funds_arrivals_amount", "amount_fen > 0"));
        funds.HasKey(f => f.Id);
        funds.Property(f => f.Id).HasColumnName("id");
        funds.Property(f => f.DealId).HasColumnName("deal_id");
        funds.Property(f => f.AmountFen).HasColumnName("amount_fen");
        funds.Property(f => f.ArrivedOn).HasColumnName("arrived_on");
        funds.Property(f => f.Note).HasColumnName("note").HasMaxLength(1000);
        funds.Property(f => f.Actor).HasColumnName("actor").HasMaxLength(100);
        funds.Property(f => f.RecordedAt).HasColumnName("recorded_at");
    }
}
