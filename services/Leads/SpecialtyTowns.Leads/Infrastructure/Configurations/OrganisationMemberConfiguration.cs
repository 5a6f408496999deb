using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

public sealed class OrganisationMemberConfiguration : IEntityTypeConfiguration<OrganisationMember>
{
    public void Configure(EntityTypeBuilder<OrganisationMember> member)
    {
        member.ToTable("organisation_members");
        member.HasKey(m => m.UserId);
        member.Property(m => m.UserId).HasColumnName("user_id").ValueGeneratedNever();
        member.Property(m => m.OrganisationId).HasColumnName("organisation_id");
        member.Property(m => m.JoinedAt).HasColumnName("joined_at");
        member.HasOne<InvestorOrganisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        member.HasIndex(m => m.OrganisationId).HasDatabaseName("ix_organisation_members_organisation");
    }
}
