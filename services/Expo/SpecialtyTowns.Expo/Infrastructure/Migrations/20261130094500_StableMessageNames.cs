using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Expo.Infrastructure.Migrations
{
    /// <summary>
    /// Data only, the model does not change: outbox rows name their message by the stable name the
    /// contract declares ([MessageUrn]) instead of its CLR type, and inbox rows their consumer by
    /// the name it declares ([InboxConsumer]) instead of its class name. See docs/events.md.
    /// </summary>
    public partial class StableMessageNames : Migration
    {
        private static readonly (string Old, string New)[] MessageTypes =
        [
            ("SpecialtyTowns.Expo.Contracts.ExpoEventScheduled, SpecialtyTowns.Expo.Contracts", "urn:message:specialtytowns:expo:expo-event-scheduled:v1"),
        ];

        private static readonly (string Old, string New)[] Consumers =
        [
            ("TownRegisteredConsumer", "expo.exhibitor-towns.town-registered"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (old, @new) in MessageTypes)
            {
                migrationBuilder.Sql($"UPDATE outbox_messages SET message_type = '{@new}' WHERE message_type = '{old}';");
            }

            foreach (var (old, @new) in Consumers)
            {
                migrationBuilder.Sql($"UPDATE inbox_messages SET consumer = '{@new}' WHERE consumer = '{old}';");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (old, @new) in MessageTypes)
            {
                migrationBuilder.Sql($"UPDATE outbox_messages SET message_type = '{old}' WHERE message_type = '{@new}';");
            }

            foreach (var (old, @new) in Consumers)
            {
                migrationBuilder.Sql($"UPDATE inbox_messages SET consumer = '{old}' WHERE consumer = '{@new}';");
            }
        }
    }
}
