using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventPlatform.CheckIn.Data.Migrations
{
    /// <inheritdoc />
    public partial class CheckInListsAndScans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "checkin");

            migrationBuilder.CreateTable(
                name: "admissions",
                schema: "checkin",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    list_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entries = table.Column<int>(type: "integer", nullable: false),
                    inside = table.Column<bool>(type: "boolean", nullable: false),
                    last_entry_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_entry_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    last_entry_day = table.Column<DateOnly>(type: "date", nullable: true),
                    last_exit_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lists",
                schema: "checkin",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ticket_type_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    re_entry = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    tracks_exits = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "scans",
                schema: "checkin",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    list_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ticket_type_id = table.Column<Guid>(type: "uuid", nullable: true),
                    attendee_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ticket_type_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    order_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    code = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scanned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    client_nonce = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    first_entry_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    first_entry_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    undone_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    undone_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scans", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_admissions_list_id_ticket_id",
                schema: "checkin",
                table: "admissions",
                columns: new[] { "list_id", "ticket_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lists_tenant_id_event_id",
                schema: "checkin",
                table: "lists",
                columns: new[] { "tenant_id", "event_id" });

            migrationBuilder.CreateIndex(
                name: "ix_scans_list_id_client_nonce",
                schema: "checkin",
                table: "scans",
                columns: new[] { "list_id", "client_nonce" },
                unique: true,
                filter: "client_nonce IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_scans_tenant_id_event_id_scanned_at",
                schema: "checkin",
                table: "scans",
                columns: new[] { "tenant_id", "event_id", "scanned_at" });

            migrationBuilder.CreateIndex(
                name: "ix_scans_ticket_id",
                schema: "checkin",
                table: "scans",
                column: "ticket_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "admissions",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "lists",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "scans",
                schema: "checkin");
        }
    }
}
