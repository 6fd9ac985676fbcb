using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventPlatform.Ticketing.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrdersAndWaitlist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attendee_orders",
                schema: "ticketing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email_normalized = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendee_orders", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_waitlist_entries_tenant_id_event_id_created_at",
                schema: "ticketing",
                table: "waitlist_entries",
                columns: new[] { "tenant_id", "event_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reservations_waitlist_entry_id",
                schema: "ticketing",
                table: "reservations",
                column: "waitlist_entry_id",
                filter: "waitlist_entry_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_attendee_orders_email_normalized",
                schema: "ticketing",
                table: "attendee_orders",
                column: "email_normalized");

            migrationBuilder.CreateIndex(
                name: "ix_attendee_orders_order_id",
                schema: "ticketing",
                table: "attendee_orders",
                column: "order_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_attendee_orders_user_id",
                schema: "ticketing",
                table: "attendee_orders",
                column: "user_id",
                filter: "user_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendee_orders",
                schema: "ticketing");

            migrationBuilder.DropIndex(
                name: "ix_waitlist_entries_tenant_id_event_id_created_at",
                schema: "ticketing",
                table: "waitlist_entries");

            migrationBuilder.DropIndex(
                name: "ix_reservations_waitlist_entry_id",
                schema: "ticketing",
                table: "reservations");
        }
    }
}
