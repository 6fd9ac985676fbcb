using EventPlatform.Events.Public;
using EventPlatform.Platform.Data;
using Npgsql;
using NpgsqlTypes;

namespace EventPlatform.Events.Search;

/// <summary>
/// The default <see cref="ISearchIndex"/>: the <c>events.search_listings</c> projection with a weighted
/// <c>tsvector</c> (title A, tags and speakers B, summary and city C, description D), ranked by <c>ts_rank</c>
/// (weights and frequency; the cover-density <c>ts_rank_cd</c> cost three times as much on two-word queries),
/// and trigram/B-tree indexes on the folded title for autocomplete. Plain Npgsql on the host's data source: the
/// table has no tenant, so neither EF's filters nor row-level security are involved.
/// </summary>
public sealed class PostgresSearchIndex(NpgsqlDataSourceHolder dataSource, TimeProvider time) : ISearchIndex
{
    private const string Columns = """
        l.event_id, l.organization_slug, l.organization_name, l.title, l.slug, l.summary, l.type, l.format,
        l.starts_at, l.ends_at, l.time_zone, l.city, l.tags, l.cover_image_url
        """;

    public async Task UpsertAsync(PublicEventListing listing, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.DataSource.CreateCommand("""
            INSERT INTO events.search_listings (event_id, organization_id, organization_slug, organization_name, title, slug,
                summary, description, type, format, starts_at, ends_at, time_zone, venue, city, country_code, tags, speakers,
                cover_image_url, indexed_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
            ON CONFLICT (event_id) DO UPDATE SET organization_id = excluded.organization_id,
                organization_slug = excluded.organization_slug, organization_name = excluded.organization_name,
                title = excluded.title, slug = excluded.slug, summary = excluded.summary, description = excluded.description,
                type = excluded.type, format = excluded.format, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
                time_zone = excluded.time_zone, venue = excluded.venue, city = excluded.city, country_code = excluded.country_code,
                tags = excluded.tags, speakers = excluded.speakers, cover_image_url = excluded.cover_image_url,
                indexed_at = excluded.indexed_at
            """);
        var p = command.Parameters;
        p.AddWithValue(listing.EventId);
        p.AddWithValue(listing.OrganizationId);
        p.AddWithValue(listing.OrganizationSlug);
        p.AddWithValue(listing.OrganizationName);
        p.AddWithValue(listing.Title);
        p.AddWithValue(listing.Slug);
        p.AddWithValue(NpgsqlDbType.Varchar, (object?)listing.Summary ?? DBNull.Value);
        p.AddWithValue(NpgsqlDbType.Text, (object?)listing.DescriptionText ?? DBNull.Value);
        p.AddWithValue(listing.Type.ToString());
        p.AddWithValue(listing.Format.ToString());
        p.AddWithValue(listing.StartsAt.ToUniversalTime());
        p.AddWithValue(listing.EndsAt.ToUniversalTime());
        p.AddWithValue(listing.TimeZone);
        p.AddWithValue(NpgsqlDbType.Varchar, (object?)listing.Venue ?? DBNull.Value);
        p.AddWithValue(NpgsqlDbType.Varchar, (object?)listing.City ?? DBNull.Value);
        p.AddWithValue(NpgsqlDbType.Varchar, (object?)listing.CountryCode ?? DBNull.Value);
        p.AddWithValue(listing.Tags.ToArray());
        p.AddWithValue(listing.SpeakerNames.ToArray());
        p.AddWithValue(NpgsqlDbType.Text, (object?)listing.CoverImageUrl ?? DBNull.Value);
        p.AddWithValue(time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);

        // Words are only ever added: one no title uses any more finds no title, which is harmless.
        await using var words = dataSource.DataSource.CreateCommand(
            "INSERT INTO events.search_words (word) SELECT DISTINCT unnest($1::text[]) ON CONFLICT DO NOTHING");
        words.Parameters.AddWithValue(SearchText.Words(listing.Title).Where(w => w.Length is >= 3 and <= SearchWord.MaxLength).Distinct().ToArray());
        await words.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RemoveAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.DataSource.CreateCommand("DELETE FROM events.search_listings WHERE event_id = $1");
        command.Parameters.AddWithValue(eventId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        // DELETE, not TRUNCATE: the application role has plain DML rights only.
        await using var command = dataSource.DataSource.CreateCommand("DELETE FROM events.search_listings");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<SearchResultDto> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var ranked = !string.IsNullOrWhiteSpace(query.Text);
        // Text, dates, format and tags are answered from the narrow documents; city and speaker need the listings' columns.
        var narrow = !SearchFilters.NeedsListings(query);
        var (where, parameters) = SearchFilters.For(query, narrow ? "d" : "l");
        var sql = ranked ? RankedSql(where, query.Sort, narrow) : narrow ? ByDateNarrowSql(where) : ByDateSql(where);
        await using var connection = await dataSource.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters.ToArray());
        command.Parameters.AddWithValue("skip", Math.Max(0, query.Skip));
        command.Parameters.AddWithValue("take", Math.Clamp(query.Take, 1, SearchQuery.MaxTake));
        var hits = new List<SearchHitDto>();
        long total = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(ReadHit(reader));
                total = reader.GetInt64(14);
            }
        }

        if (hits.Count == 0 && query.Skip > 0)
        {
            // Past the last page no row carries the count: count on its own.
            var (countWhere, countParameters) = SearchFilters.For(query);
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {From(query.Text)} {countWhere}", connection);
            count.Parameters.AddRange(countParameters.ToArray());
            total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        return new SearchResultDto(total, hits);
    }

    private static string From(string? text) => string.IsNullOrWhiteSpace(text)
        ? "events.search_listings l"
        : "events.search_listings l, (SELECT websearch_to_tsquery('simple', events.search_fold(@text)) AS query) q";

    // Ranks and counts the matches on narrow rows (id, rank, start) — from search_documents unless city or speaker
    // filter, which reads a fifth of the pages — then reads the wide columns of one page only.
    private static string RankedSql(string where, SearchSort sort, bool narrow)
    {
        var (source, alias) = narrow ? ("events.search_documents d", "d") : ("events.search_listings l", "l");
        var (order, pageOrder) = sort == SearchSort.Relevance
            ? ("rank DESC, starts_at, event_id", "page.rank DESC, page.starts_at, page.event_id")
            : ("starts_at, event_id", "page.starts_at, page.event_id");
        return $"""
            WITH matches AS MATERIALIZED (
                SELECT {alias}.event_id, ts_rank({alias}.search_vector, q.query) AS rank, {alias}.starts_at
                FROM {source}, (SELECT websearch_to_tsquery('simple', events.search_fold(@text)) AS query) q {where}),
            page AS (SELECT event_id, rank, starts_at FROM matches ORDER BY {order} OFFSET @skip LIMIT @take)
            SELECT {Columns}, (SELECT count(*) FROM matches)
            FROM page JOIN events.search_listings l USING (event_id)
            ORDER BY {pageOrder}
            """;
    }

    // Without text, city or speaker, the documents' (starts_at, event_id) and (format, starts_at) indexes give the page and count.
    private static string ByDateNarrowSql(string where) => $"""
        WITH page AS (SELECT d.event_id, d.starts_at FROM events.search_documents d {where} ORDER BY d.starts_at, d.event_id OFFSET @skip LIMIT @take)
        SELECT {Columns}, (SELECT count(*) FROM events.search_documents d {where})
        FROM page JOIN events.search_listings l USING (event_id)
        ORDER BY page.starts_at, page.event_id
        """;

    // Without text the B-tree on starts_at gives the page directly; the count is a separate scan.
    private static string ByDateSql(string where) => $"""
        SELECT {Columns}, (SELECT count(*) FROM events.search_listings l {where})
        FROM events.search_listings l {where}
        ORDER BY l.starts_at, l.event_id OFFSET @skip LIMIT @take
        """;

    public async Task<IReadOnlyList<AutocompleteItemDto>> AutocompleteAsync(string prefix, int take = 8, CancellationToken cancellationToken = default)
    {
        var text = prefix.Trim();
        if (SearchText.PrefixQuery(text) is not { } words) return [];
        take = Math.Clamp(take, 1, AutocompleteRequest.MaxTake);
        var lastWord = SearchText.Words(text)[^1];
        // Titles that start with the text (B-tree range), then titles whose words start with the typed words (GIN on
        // the title's tsvector), then titles with a word close to the last typed word (a typo; trigrams on the word
        // list). UNION ALL runs its branches in order and stops once the LIMIT is filled, so the later branches run
        // only when the earlier ones found too little; each excludes what an earlier one already returned.
        await using var connection = await dataSource.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // PostgreSQL cannot estimate how many titles a prefix tsquery matches and guesses many: it would then scan the
        // table "until 8 rows turn up", which reads all of it when nothing matches. The indexes are always right here.
        await using (var noSeqScan = new NpgsqlCommand("SET LOCAL enable_seqscan = off", connection, transaction))
        {
            await noSeqScan.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand("""
            SELECT event_id, title, organization_slug, slug FROM (
                (SELECT event_id, title, organization_slug, slug FROM events.search_listings
                 WHERE title_key LIKE @like || '%' ORDER BY title_key, starts_at LIMIT @take)
                UNION ALL
                (SELECT event_id, title, organization_slug, slug FROM events.search_listings
                 WHERE title_vector @@ to_tsquery('simple', @words) AND title_key NOT LIKE @like || '%' LIMIT @take)
                UNION ALL
                (SELECT l.event_id, l.title, l.organization_slug, l.slug
                 FROM (SELECT word FROM events.search_words WHERE word % @last AND word NOT LIKE @lastLike || '%'
                       ORDER BY word <-> @last LIMIT 3) near
                 CROSS JOIN LATERAL (SELECT event_id, title, organization_slug, slug FROM events.search_listings
                     WHERE title_vector @@ to_tsquery('simple', quote_literal(near.word)) LIMIT @take) l
                 LIMIT @take)
            ) matches
            LIMIT @take
            """, connection, transaction);
        command.Parameters.AddWithValue("like", EscapeLike(SearchText.Fold(text)));
        command.Parameters.AddWithValue("words", words);
        command.Parameters.AddWithValue("last", lastWord);
        command.Parameters.AddWithValue("lastLike", EscapeLike(lastWord));
        command.Parameters.AddWithValue("take", take);
        var items = new List<AutocompleteItemDto>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new AutocompleteItemDto(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return items.DistinctBy(i => i.EventId).ToList();
    }

    internal static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private static SearchHitDto ReadHit(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        Enum.Parse<Events.EventType>(r.GetString(6)), Enum.Parse<Events.EventFormat>(r.GetString(7)),
        r.GetFieldValue<DateTimeOffset>(8), r.GetFieldValue<DateTimeOffset>(9), r.GetString(10),
        r.IsDBNull(11) ? null : r.GetString(11), r.GetFieldValue<string[]>(12),
        r.IsDBNull(13) ? null : r.GetString(13));
}
