using Npgsql;

namespace EventPlatform.Events.Search;

/// <summary>
/// The WHERE clause of a directory search over <c>events.search_listings l</c>, with its parameters. Text, dates,
/// format and tags may come from another alias (<paramref name="documents"/>: the narrow <c>events.search_documents d</c>).
/// </summary>
internal static class SearchFilters
{
    /// <summary>Whether the query filters on columns only the listings table has (city, speaker).</summary>
    public static bool NeedsListings(SearchQuery query) =>
        !string.IsNullOrWhiteSpace(query.City) || !string.IsNullOrWhiteSpace(query.Speaker);

    public static (string Where, List<NpgsqlParameter> Parameters) For(SearchQuery query, string documents = "l")
    {
        var conditions = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            parameters.Add(new NpgsqlParameter(name, value));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            conditions.Add($"{documents}.search_vector @@ q.query");
            parameters.Add(new NpgsqlParameter("text", query.Text.Trim()));
        }

        // Events still running on the first day count: compare the end with the start of the range.
        if (query.From is { } from) Add($"{documents}.ends_at >= @from", "from", from.ToUniversalTime());
        if (query.To is { } to) Add($"{documents}.starts_at < @to", "to", to.ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(query.City)) Add("l.city_key = events.search_fold(@city)", "city", query.City.Trim());
        if (query.Format is { } format) Add($"{documents}.format = @format", "format", format.ToString());
        var tags = query.Tags?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToArray() ?? [];
        if (tags.Length > 0) Add($"{documents}.tag_keys @> events.search_fold_all(@tags)", "tags", tags);
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            Add("l.speaker_keys LIKE '%' || events.search_fold(@speaker) || '%'", "speaker", PostgresSearchIndex.EscapeLike(query.Speaker.Trim()));
        }

        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), parameters);
    }
}
