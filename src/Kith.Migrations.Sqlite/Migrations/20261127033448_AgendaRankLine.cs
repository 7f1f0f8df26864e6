using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kith.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgendaRankLine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_Agenda",
                table: "People");

            migrationBuilder.AddColumn<double>(
                name: "RankOffset",
                table: "People",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RankSlope",
                table: "People",
                type: "REAL",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_Agenda",
                table: "People",
                columns: new[] { "AccountId", "NextDueOn", "LastInteractionAt", "RankSlope", "RankOffset" },
                filter: "\"NextDueOn\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_Agenda",
                table: "People");

            migrationBuilder.DropColumn(
                name: "RankOffset",
                table: "People");

            migrationBuilder.DropColumn(
                name: "RankSlope",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_Agenda",
                table: "People",
                columns: new[] { "AccountId", "NextDueOn", "LastInteractionAt", "CadenceEvery", "CadenceMax", "CadenceUnit", "Roles", "MetOn" },
                filter: "\"NextDueOn\" IS NOT NULL");
        }
    }
}
