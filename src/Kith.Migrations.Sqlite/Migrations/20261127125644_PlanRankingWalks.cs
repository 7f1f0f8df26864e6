using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kith.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanRankingWalks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DepartmentKey",
                table: "People",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PreviousInteractionAt",
                table: "People",
                type: "TEXT",
                nullable: true);

            // The second latest interaction of everyone with one, from the participants' (PersonId, …, OccurredAt) index.
            migrationBuilder.Sql("""
                UPDATE "People" SET "PreviousInteractionAt" = (
                    SELECT ip."OccurredAt" FROM "InteractionParticipants" AS ip
                    WHERE ip."PersonId" = "People"."Id" ORDER BY ip."OccurredAt" DESC LIMIT 1 OFFSET 1)
                WHERE "LastInteractionAt" IS NOT NULL;
                """);
            // No department compares as "". Other keys are trimmed and upper-cased in code at start-up
            // (KithDatabase.FillDepartmentKeysAsync): the engines' upper() and trim() differ from .NET's.
            migrationBuilder.Sql("""UPDATE "People" SET "DepartmentKey" = '' WHERE "Department" IS NULL;""");

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_PlanContacted",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_PlanNeverContacted",
                table: "People");

            migrationBuilder.DropColumn(
                name: "DepartmentKey",
                table: "People");

            migrationBuilder.DropColumn(
                name: "PreviousInteractionAt",
                table: "People");
        }
    }
}
