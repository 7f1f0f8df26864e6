using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kith.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanWalksHoldTheId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_PlanContacted",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_PlanNeverContacted",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_PlanContacted",
                table: "People",
                columns: new[] { "AccountId", "LastInteractionAt", "PreviousInteractionAt", "IsMe", "Level", "Employer", "DepartmentKey", "Id" },
                filter: "\"NextDueOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_People_PlanNeverContacted",
                table: "People",
                columns: new[] { "AccountId", "MetOn", "IsMe", "Level", "Employer", "DepartmentKey", "Id" },
                filter: "\"NextDueOn\" IS NULL AND \"LastInteractionAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_PlanContacted",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_PlanNeverContacted",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_PlanContacted",
                table: "People",
                columns: new[] { "AccountId", "LastInteractionAt", "PreviousInteractionAt", "IsMe", "Level", "Employer", "DepartmentKey" },
                filter: "\"NextDueOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_People_PlanNeverContacted",
                table: "People",
                columns: new[] { "AccountId", "MetOn", "IsMe", "Level", "Employer", "DepartmentKey" },
                filter: "\"NextDueOn\" IS NULL AND \"LastInteractionAt\" IS NULL");
        }
    }
}
