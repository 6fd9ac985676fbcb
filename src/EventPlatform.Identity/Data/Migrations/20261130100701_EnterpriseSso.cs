using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventPlatform.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseSso : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enterprise_sso_connections",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    authority = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    client_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    protected_client_secret = table.Column<string>(type: "text", nullable: false),
                    email_domains = table.Column<List<string>>(type: "text[]", nullable: false),
                    join_role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprise_sso_connections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sso_email_domains",
                schema: "identity",
                columns: table => new
                {
                    domain = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sso_email_domains", x => x.domain);
                });

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_sso_connections_tenant_id",
                schema: "identity",
                table: "enterprise_sso_connections",
                column: "tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sso_email_domains_organization_id",
                schema: "identity",
                table: "sso_email_domains",
                column: "organization_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enterprise_sso_connections",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "sso_email_domains",
                schema: "identity");
        }
    }
}
