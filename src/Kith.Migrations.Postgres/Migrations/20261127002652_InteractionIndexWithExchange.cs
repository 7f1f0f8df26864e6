using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kith.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InteractionIndexWithExchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interactions_AccountId_OccurredAt",
                table: "Interactions");

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_AccountId_OccurredAt_Exchange",
                table: "Interactions",
                columns: new[] { "AccountId", "OccurredAt", "Exchange" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interactions_AccountId_OccurredAt_Exchange",
                table: "Interactions");

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_AccountId_OccurredAt",
                table: "Interactions",
                columns: new[] { "AccountId", "OccurredAt" });
        }
    }
}
