using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kith.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TimelineIndexWithAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InteractionParticipants_PersonId_OccurredAt",
                table: "InteractionParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_InteractionParticipants_PersonId_AccountId_OccurredAt",
                table: "InteractionParticipants",
                columns: new[] { "PersonId", "AccountId", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InteractionParticipants_PersonId_AccountId_OccurredAt",
                table: "InteractionParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_InteractionParticipants_PersonId_OccurredAt",
                table: "InteractionParticipants",
                columns: new[] { "PersonId", "OccurredAt" });
        }
    }
}
