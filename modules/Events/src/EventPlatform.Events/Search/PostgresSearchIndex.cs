using EventPlatform.Events.Public;
using EventPlatform.Platform.Data;
using Npgsql;
using NpgsqlTypes;

namespace EventPlatform.Events.Search;

/// <summary>
/// The default <see cref="ISearchIndex"/>: the <c>events.search_listings</c> projection with a weighted
/// <c>tsvector</c> (title A, tags and speakers B, summary and city C, description D), ranked by <c>ts_rank_cd</c>,
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
        var (where, parameters) = SearchFilters.For(query);
        var hasText = !string.IsNullOrWhiteSpace(query.Text);
        var order = hasText && query.Sort == SearchSort.Relevance
            ? "ts_rank_cd(l.search_vector, q.query) DESC, l.starts_at, l.event_id"
            : "l.starts_at, l.event_id";
        var from = hasText
            ? "events.search_listings l, (SELECT websearch_to_tsquery('simple', events.search_fold(@text)) AS query) q"
            : "events.search_listings l";
        await using var connection = await dataSource.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT {Columns}, count(*) OVER () FROM {from} {where} ORDER BY {order} OFFSET @skip LIMIT @take", connection);
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
            // Past the last page the window count is not there: count on its own.
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {from} {where}", connection);
            count.Parameters.AddRange(SearchFilters.For(query).Parameters.ToArray());
            total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        return new SearchResultDto(total, hits);
    }

    public async Task<IReadOnlyList<AutocompleteItemDto>> AutocompleteAsync(string prefix, int take = 8, CancellationToken cancellationToken = default)
    {
        var text = prefix.Trim();
        if (text.Length == 0) return [];
        take = Math.Clamp(take, 1, AutocompleteRequest.MaxTake);
        // Titles that start with the text first (B-tree range), then titles with a word that starts with it
        // (trigrams), then near misses by word similarity. UNION ALL runs its branches in order and stops once
        // the outer LIMIT is filled, so the later, dearer branches usually never run.
        await using var command = dataSource.DataSource.CreateCommand("""
            SELECT event_id, title, organization_slug, slug FROM (
                (SELECT event_id, title, organization_slug, slug, title_key FROM events.search_listings
                 WHERE title_key LIKE events.search_fold(@like) || '%' ORDER BY title_key, starts_at LIMIT @take)
                UNION ALL
                (SELECT event_id, title, organization_slug, slug, title_key FROM events.search_listings
                 WHERE title_key LIKE '% ' || events.search_fold(@like) || '%' LIMIT @take)
                UNION ALL
                (SELECT event_id, title, organization_slug, slug, title_key FROM events.search_listings
                 WHERE events.search_fold(@text) <% title_key
                 ORDER BY events.search_fold(@text) <<-> title_key LIMIT @take)
            ) matches
            LIMIT @take * 2
            """);
        command.Parameters.AddWithValue("like", EscapeLike(text));
        command.Parameters.AddWithValue("text", text);
        command.Parameters.AddWithValue("take", take);
        var items = new List<AutocompleteItemDto>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new AutocompleteItemDto(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return items.DistinctBy(i => i.EventId).Take(take).ToList();
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
