using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventPlatform.Ticketing.Data.Migrations
{
    /// <inheritdoc />
    public partial class TicketSigningKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ticket_signing_keys",
                schema: "ticketing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key_id = table.Column<string>(type: "character(8)", fixedLength: true, maxLength: 8, nullable: false),
                    public_key = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    protected_private_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_signing_keys", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ticket_signing_keys_tenant_id_key_id",
                schema: "ticketing",
                table: "ticket_signing_keys",
                columns: new[] { "tenant_id", "key_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_ticket_signing_keys_active",
                schema: "ticketing",
                table: "ticket_signing_keys",
                column: "tenant_id",
                unique: true,
                filter: "is_active");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ticket_signing_keys",
                schema: "ticketing");
        }
    }
}
