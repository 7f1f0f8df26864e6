using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kith.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgendaIndexAndDataVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_AccountId_NextDueOn",
                table: "People");

            migrationBuilder.AddColumn<long>(
                name: "DataVersion",
                table: "Accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_People_Agenda",
                table: "People",
                columns: new[] { "AccountId", "NextDueOn", "LastInteractionAt", "CadenceEvery", "CadenceMax", "CadenceUnit", "Roles", "MetOn" },
                filter: "\"NextDueOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_People_Me",
                table: "People",
                column: "AccountId",
                filter: "\"IsMe\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_Agenda",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_Me",
                table: "People");

            migrationBuilder.DropColumn(
                name: "DataVersion",
                table: "Accounts");

            migrationBuilder.CreateIndex(
                name: "IX_People_AccountId_NextDueOn",
                table: "People",
                columns: new[] { "AccountId", "NextDueOn" });
        }
    }
}
