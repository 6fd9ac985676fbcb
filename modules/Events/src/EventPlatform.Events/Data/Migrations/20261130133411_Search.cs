using System;
using Microsoft.EntityFrameworkCore.Migrations;
using EventPlatform.Events.Search;
using NpgsqlTypes;

#nullable disable

namespace EventPlatform.Events.Data.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            // The generated columns and indexes below call these functions.
            migrationBuilder.Sql(SearchSql.CreateFunctions);

            migrationBuilder.CreateTable(
                name: "search_listings",
                schema: "events",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    organization_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    summary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    speakers = table.Column<string[]>(type: "text[]", nullable: false),
                    cover_image_url = table.Column<string>(type: "text", nullable: true),
                    indexed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    title_key = table.Column<string>(type: "text", nullable: false, computedColumnSql: "events.search_fold(title)", stored: true),
                    city_key = table.Column<string>(type: "text", nullable: true, computedColumnSql: "events.search_fold(city)", stored: true),
                    tag_keys = table.Column<string[]>(type: "text[]", nullable: false, computedColumnSql: "events.search_fold_all(tags)", stored: true),
                    speaker_keys = table.Column<string>(type: "text", nullable: false, computedColumnSql: "events.search_fold(events.search_join(speakers))", stored: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false, computedColumnSql: "events.search_document(title, tags, speakers, summary, city, description)", stored: true),
                    title_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false, computedColumnSql: "to_tsvector('simple'::regconfig, events.search_fold(title))", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_listings", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "search_words",
                schema: "events",
                columns: table => new
                {
                    word = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_words", x => x.word);
                });

            migrationBuilder.CreateIndex(
                name: "ix_search_listings_city",
                schema: "events",
                table: "search_listings",
                column: "city_key");

            migrationBuilder.CreateIndex(
                name: "ix_search_listings_format_starts_at",
                schema: "events",
                table: "search_listings",
                columns: new[] { "format", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_search_listings_organization",
                schema: "events",
                table: "search_listings",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_search_listings_search_vector",
                schema: "events",
                table: "search_listings",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_search_listings_speakers_trgm",
                schema: "events",
                table: "search_listings",
                column: "speaker_keys")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_search_listings_starts_at",
                schema: "events",
                table: "search_listings",
                column: "starts_at");

            migrationBuilder.CreateIndex(
                name: "ix_search_listings_tags",
                schema: "events",
                table: "search_listings",
                column: "tag_keys")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_search_listings_title_key",
                schema: "events",
                table: "search_listings",
                column: "title_key")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_search_listings_title_vector",
                schema: "events",
                table: "search_listings",
                column: "title_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_search_words_trgm",
                schema: "events",
                table: "search_words",
                column: "word")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "search_listings",
                schema: "events");

            migrationBuilder.DropTable(
                name: "search_words",
                schema: "events");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.Sql(SearchSql.DropFunctions);
        }
    }
}
