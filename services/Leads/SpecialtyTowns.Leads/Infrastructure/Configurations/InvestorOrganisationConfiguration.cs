using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.Infrastructure.Configurations;

public sealed class InvestorOrganisationConfiguration : IEntityTypeConfiguration<InvestorOrganisation>
{
    public const string CreditCodeIndex = "ux_investor_organisations_credit_code";

    public const string NormalisedNameIndex = "ux_investor_organisations_normalised_name";

    public void Configure(EntityTypeBuilder<InvestorOrganisation> organisation)
    {
        organisation.ToTable("investor_organisations", table =>
        {
            table.HasCheckConstraint("ck_investor_organisations_ticket", "ticket_min_fen IS NULL OR ticket_max_fen IS NULL OR ticket_min_fen <= ticket_max_fen");
        });
        organisation.HasKey(o => o.Id);
        organisation.Property(o => o.Id).HasColumnName("id");
        organisation.Property(o => o.NormalisedName).HasColumnName("normalised_name").HasMaxLength(200);
        organisation.Property(o => o.Claimed).HasColumnName("claimed");
        organisation.Property(o => o.EnteredByTownId).HasColumnName("entered_by_town_id");
        organisation.Property(o => o.ConsentChangedAt).HasColumnName("consent_changed_at");
        organisation.Property(o => o.CreatedAt).HasColumnName("created_at");
        organisation.Property(o => o.UpdatedAt).HasColumnName("updated_at");
        organisation.Property(o => o.Version).HasColumnName("version").IsConcurrencyToken();
        organisation.ComplexProperty(o => o.Profile, profile =>
        {
            profile.Property(p => p.Name).HasColumnName("name").HasMaxLength(200);
            profile.Property(p => p.NameEn).HasColumnName("name_en").HasMaxLength(200);
            profile.Property(p => p.Type).HasColumnName("type").HasConversion<string>().HasMaxLength(20);
            profile.Property(p => p.UnifiedSocialCreditCode).HasColumnName("unified_social_credit_code").HasMaxLength(18);
            profile.Property(p => p.HeadquartersProvince).HasColumnName("headquarters_province").HasMaxLength(40);
            profile.Property(p => p.HeadquartersCity).HasColumnName("headquarters_city").HasMaxLength(60);
            profile.Property(p => p.HeadquartersCountry).HasColumnName("headquarters_country").HasMaxLength(2);
            profile.Property(p => p.IndustriesSought).HasColumnName("industries_sought");
            profile.Property(p => p.ChainPositionsSought).HasColumnName("chain_positions_sought");
            profile.Property(p => p.TicketMinFen).HasColumnName("ticket_min_fen");
            profile.Property(p => p.TicketMaxFen).HasColumnName("ticket_max_fen");
            profile.Property(p => p.CooperationModes).HasColumnName("cooperation_modes");
            profile.Property(p => p.PreferredRegions).HasColumnName("preferred_regions");
            profile.Property(p => p.LandNeededSquareMetres).HasColumnName("land_needed_square_metres").HasPrecision(14, 2);
            profile.Property(p => p.Languages).HasColumnName("languages");
            profile.Property(p => p.Keywords).HasColumnName("keywords");
            profile.Property(p => p.Description).HasColumnName("description").HasMaxLength(4000);
            profile.Property(p => p.DescriptionEn).HasColumnName("description_en").HasMaxLength(4000);
            profile.Property(p => p.ConsentToContact).HasColumnName("consent_to_contact");
            profile.Property(p => p.ContactName).HasColumnName("contact_name").HasMaxLength(100);
            profile.Property(p => p.ContactPhone).HasColumnName("contact_phone").HasMaxLength(40);
            profile.Property(p => p.ContactEmail).HasColumnName("contact_email").HasMaxLength(200);
        });
        organisation.HasIndex(o => o.NormalisedName).IsUnique().HasDatabaseName(NormalisedNameIndex);
    }
}
