using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventPlatform.Payments.Data.Migrations
{
    /// <inheritdoc />
    public partial class OfflinePaymentDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "payment_days",
                schema: "payments",
                table: "provider_accounts",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "payment_days",
                schema: "payments",
                table: "provider_accounts");
        }
    }
}
