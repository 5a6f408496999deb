using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Enterprises.Infrastructure.Migrations
{
    /// <summary>
    /// Data only, the model does not change: outbox rows name their message by the stable name the
    /// contract declares ([MessageUrn]) instead of its CLR type.
    /// See docs/events.md.
    /// </summary>
    public partial class StableMessageNames : Migration
    {
        private static readonly (string Old, string New)[] MessageTypes =
        [
            ("SpecialtyTowns.Enterprises.Contracts.EnterpriseRegistered, SpecialtyTowns.Enterprises.Contracts", "urn:message:specialtytowns:enterprises:enterprise-registered:v1"),
            ("SpecialtyTowns.Enterprises.Contracts.EnterpriseUpdated, SpecialtyTowns.Enterprises.Contracts", "urn:message:specialtytowns:enterprises:enterprise-updated:v1"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (old, @new) in MessageTypes)
            {
                migrationBuilder.Sql($"UPDATE outbox_messages SET message_type = '{@new}' WHERE message_type = '{old}';");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (old, @new) in MessageTypes)
            {
                migrationBuilder.Sql($"UPDATE outbox_messages SET message_type = '{old}' WHERE message_type = '{@new}';");
            }
        }
    }
}
