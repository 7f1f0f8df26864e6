using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kith.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MentorsAndGoals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Horizon = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Mentorships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Seeking = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AskOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Expectations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MeetEvery = table.Column<int>(type: "INTEGER", nullable: true),
                    MeetUnit = table.Column<int>(type: "INTEGER", nullable: false),
                    LastMetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextMeetingDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentorships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mentorships_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "NetworkingCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Way = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkingCommitments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NetworkingInterests",
                columns: table => new
                {
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Way = table.Column<int>(type: "INTEGER", nullable: false),
                    ChosenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkingInterests", x => new { x.AccountId, x.Way });
                });

            migrationBuilder.CreateTable(
                name: "GoalAreas",
                columns: table => new
                {
                    GoalId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalAreas", x => new { x.GoalId, x.AreaId });
                    table.ForeignKey(
                        name: "FK_GoalAreas_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GoalAreas_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoalNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    GoalId = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalNotes_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MenteeCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    MentorshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AskedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MenteeCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MenteeCommitments_Mentorships_MentorshipId",
                        column: x => x.MentorshipId,
                        principalTable: "Mentorships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentorshipAreas",
                columns: table => new
                {
                    MentorshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorshipAreas", x => new { x.MentorshipId, x.AreaId });
                    table.ForeignKey(
                        name: "FK_MentorshipAreas_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentorshipAreas_Mentorships_MentorshipId",
                        column: x => x.MentorshipId,
                        principalTable: "Mentorships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentorshipMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    MentorshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PrepNotes = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InteractionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Uid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorshipMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorshipMeetings_Mentorships_MentorshipId",
                        column: x => x.MentorshipId,
                        principalTable: "Mentorships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentorshipStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    MentorshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorshipStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorshipStatusChanges_Mentorships_MentorshipId",
                        column: x => x.MentorshipId,
                        principalTable: "Mentorships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingProposals_MentorshipMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "MentorshipMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoalAreas_AreaId",
                table: "GoalAreas",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalNotes_GoalId_WrittenAt",
                table: "GoalNotes",
                columns: new[] { "GoalId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_AccountId_Status_Horizon",
                table: "Goals",
                columns: new[] { "AccountId", "Status", "Horizon" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingProposals_MeetingId",
                table: "MeetingProposals",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MenteeCommitments_AccountId_DoneOn_DueOn",
                table: "MenteeCommitments",
                columns: new[] { "AccountId", "DoneOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MenteeCommitments_MentorshipId",
                table: "MenteeCommitments",
                column: "MentorshipId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorshipAreas_AreaId",
                table: "MentorshipAreas",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorshipMeetings_AccountId_Status_StartsAt",
                table: "MentorshipMeetings",
                columns: new[] { "AccountId", "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorshipMeetings_MentorshipId",
                table: "MentorshipMeetings",
                column: "MentorshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentorships_AccountId_AskOn",
                table: "Mentorships",
                columns: new[] { "AccountId", "AskOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentorships_AccountId_NextMeetingDueOn",
                table: "Mentorships",
                columns: new[] { "AccountId", "NextMeetingDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentorships_AccountId_Status",
                table: "Mentorships",
                columns: new[] { "AccountId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentorships_PersonId",
                table: "Mentorships",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorshipStatusChanges_MentorshipId",
                table: "MentorshipStatusChanges",
                column: "MentorshipId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkingCommitments_AccountId_DoneAt_DueOn",
                table: "NetworkingCommitments",
                columns: new[] { "AccountId", "DoneAt", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoalAreas");

            migrationBuilder.DropTable(
                name: "GoalNotes");

            migrationBuilder.DropTable(
                name: "MeetingProposals");

            migrationBuilder.DropTable(
                name: "MenteeCommitments");

            migrationBuilder.DropTable(
                name: "MentorshipAreas");

            migrationBuilder.DropTable(
                name: "MentorshipStatusChanges");

            migrationBuilder.DropTable(
                name: "NetworkingCommitments");

            migrationBuilder.DropTable(
                name: "NetworkingInterests");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "MentorshipMeetings");

            migrationBuilder.DropTable(
                name: "Mentorships");
        }
    }
}
