using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kith.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SharedImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportUploads",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HasData = table.Column<bool>(type: "boolean", nullable: false),
                    DraftJson = table.Column<string>(type: "character varying(4000000)", maxLength: 4000000, nullable: true),
                    JobJson = table.Column<string>(type: "character varying(400000)", maxLength: 400000, nullable: true),
                    JobUpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportUploads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportUploadChunks",
                columns: table => new
                {
                    UploadId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportUploadChunks", x => new { x.UploadId, x.Index });
                    table.ForeignKey(
                        name: "FK_ImportUploadChunks_ImportUploads_UploadId",
                        column: x => x.UploadId,
                        principalTable: "ImportUploads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportUploads_AccountId_CreatedAt",
                table: "ImportUploads",
                columns: new[] { "AccountId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportUploads_CreatedAt",
                table: "ImportUploads",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportUploadChunks");

            migrationBuilder.DropTable(
                name: "ImportUploads");
        }
    }
}
