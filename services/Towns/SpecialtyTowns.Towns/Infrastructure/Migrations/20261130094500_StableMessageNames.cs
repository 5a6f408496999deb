using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Towns.Infrastructure.Migrations
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
            ("SpecialtyTowns.Towns.Contracts.TownRegistered, SpecialtyTowns.Towns.Contracts", "urn:message:specialtytowns:towns:town-registered:v1"),
            ("SpecialtyTowns.Towns.Contracts.TownUpdated, SpecialtyTowns.Towns.Contracts", "urn:message:specialtytowns:towns:town-updated:v1"),
            ("SpecialtyTowns.Towns.Contracts.ProjectPublished, SpecialtyTowns.Towns.Contracts", "urn:message:specialtytowns:towns:project-published:v1"),
            ("SpecialtyTowns.Towns.Contracts.ProjectUpdated, SpecialtyTowns.Towns.Contracts", "urn:message:specialtytowns:towns:project-updated:v1"),
            ("SpecialtyTowns.Towns.Contracts.ProjectStatusChanged, SpecialtyTowns.Towns.Contracts", "urn:message:specialtytowns:towns:project-status-changed:v1"),
            ("SpecialtyTowns.Towns.Contracts.ProjectWithdrawn, SpecialtyTowns.Towns.Contracts", "urn:message:specialtytowns:towns:project-withdrawn:v1"),
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
