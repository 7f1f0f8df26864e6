using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kith.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AgendaIndexHoldsTheId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_Agenda",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_Agenda",
                table: "People",
                columns: new[] { "AccountId", "NextDueOn", "LastInteractionAt", "RankSlope", "RankOffset", "Id" },
                filter: "\"NextDueOn\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_Agenda",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_Agenda",
                table: "People",
                columns: new[] { "AccountId", "NextDueOn", "LastInteractionAt", "RankSlope", "RankOffset" },
                filter: "\"NextDueOn\" IS NOT NULL");
        }
    }
}
