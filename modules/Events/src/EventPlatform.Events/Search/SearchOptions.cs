namespace EventPlatform.Events.Search;

/// <summary>Configuration section <c>Search</c>: which <see cref="ISearchIndex"/> serves the directory.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";
    public const string PostgreSqlProvider = "PostgreSql";
    public const string ElasticsearchProvider = "Elasticsearch";

    /// <summary><c>PostgreSql</c> (default) or <c>Elasticsearch</c>.</summary>
    public string Provider { get; set; } = PostgreSqlProvider;

    public ElasticsearchSearchOptions Elasticsearch { get; set; } = new();
}

public sealed class ElasticsearchSearchOptions
{
    /// <summary>The cluster, e.g. <c>http://127.0.0.1:9200</c>.</summary>
    public string? Url { get; set; }

    public string Index { get; set; } = "eventplatform-events";
}
