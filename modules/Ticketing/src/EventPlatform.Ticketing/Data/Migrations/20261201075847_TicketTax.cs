using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventPlatform.Ticketing.Data.Migrations
{
    /// <inheritdoc />
    public partial class TicketTax : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "tax",
                schema: "ticketing",
                table: "tickets",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "tax_rate",
                schema: "ticketing",
                table: "tickets",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "tax_rate",
                schema: "ticketing",
                table: "ticket_types",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "tax",
                schema: "ticketing",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "tax_rate",
                schema: "ticketing",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "tax_rate",
                schema: "ticketing",
                table: "ticket_types");
        }
    }
}
