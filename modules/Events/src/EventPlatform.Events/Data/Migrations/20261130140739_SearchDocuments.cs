using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventPlatform.Events.Data.Migrations
{
    /// <summary>
    /// A narrow copy of each listing's search vector, dates, format and tags, kept by a trigger. Ranking a broad word ("data")
    /// reads every matching vector; from the wide listings table that meant five times the pages.
    /// </summary>
    public partial class SearchDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE events.search_documents (
                    event_id uuid PRIMARY KEY REFERENCES events.search_listings (event_id) ON DELETE CASCADE,
                    starts_at timestamptz NOT NULL,
                    ends_at timestamptz NOT NULL,
                    format varchar(20) NOT NULL,
                    tag_keys text[] NOT NULL,
                    search_vector tsvector NOT NULL);

                CREATE FUNCTION events.search_documents_sync() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                    INSERT INTO events.search_documents (event_id, starts_at, ends_at, format, tag_keys, search_vector)
                    VALUES (NEW.event_id, NEW.starts_at, NEW.ends_at, NEW.format, NEW.tag_keys, NEW.search_vector)
                    ON CONFLICT (event_id) DO UPDATE
                        SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, format = EXCLUDED.format,
                            tag_keys = EXCLUDED.tag_keys, search_vector = EXCLUDED.search_vector;
                    RETURN NULL;
                END
                $f$;

                CREATE TRIGGER search_documents_sync AFTER INSERT OR UPDATE ON events.search_listings
                    FOR EACH ROW EXECUTE FUNCTION events.search_documents_sync();

                INSERT INTO events.search_documents (event_id, starts_at, ends_at, format, tag_keys, search_vector)
                SELECT event_id, starts_at, ends_at, format, tag_keys, search_vector FROM events.search_listings;

                CREATE INDEX ix_search_documents_search_vector ON events.search_documents USING gin (search_vector);
                CREATE INDEX ix_search_documents_starts_at ON events.search_documents (starts_at, event_id) INCLUDE (ends_at);
                CREATE INDEX ix_search_documents_format ON events.search_documents (format, starts_at, event_id) INCLUDE (ends_at);
                CREATE INDEX ix_search_documents_tag_keys ON events.search_documents USING gin (tag_keys);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER search_documents_sync ON events.search_listings;
                DROP FUNCTION events.search_documents_sync();
                DROP TABLE events.search_documents;
                """);
        }
    }
}
