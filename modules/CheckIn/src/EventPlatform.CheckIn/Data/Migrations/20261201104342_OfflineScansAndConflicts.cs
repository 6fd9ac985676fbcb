using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventPlatform.CheckIn.Data.Migrations
{
    /// <inheritdoc />
    public partial class OfflineScansAndConflicts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "conflict_reviewed_at",
                schema: "checkin",
                table: "scans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "conflict_reviewed_by",
                schema: "checkin",
                table: "scans",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_conflict",
                schema: "checkin",
                table: "scans",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "offline_outcome",
                schema: "checkin",
                table: "scans",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_scans_conflicts",
                schema: "checkin",
                table: "scans",
                columns: new[] { "tenant_id", "event_id" },
                filter: "is_conflict");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_scans_conflicts",
                schema: "checkin",
                table: "scans");

            migrationBuilder.DropColumn(
                name: "conflict_reviewed_at",
                schema: "checkin",
                table: "scans");

            migrationBuilder.DropColumn(
                name: "conflict_reviewed_by",
                schema: "checkin",
                table: "scans");

            migrationBuilder.DropColumn(
                name: "is_conflict",
                schema: "checkin",
                table: "scans");

            migrationBuilder.DropColumn(
                name: "offline_outcome",
                schema: "checkin",
                table: "scans");
        }
    }
}
