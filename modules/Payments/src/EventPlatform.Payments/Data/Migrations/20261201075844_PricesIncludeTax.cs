using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventPlatform.Payments.Data.Migrations
{
    /// <inheritdoc />
    public partial class PricesIncludeTax : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "prices_include_tax",
                schema: "payments",
                table: "invoice_settings",
                type: "boolean",
                nullable: false,
                // Organizations set up before this existed priced with tax included.
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "prices_include_tax",
                schema: "payments",
                table: "invoice_settings");
        }
    }
}
