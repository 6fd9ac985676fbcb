using EventPlatform.Events.Public;
using EventPlatform.Platform.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventPlatform.Events.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The directory's search: the index chosen by <c>Search:Provider</c>, fed from the outbox, and the re-indexer.</summary>
    public static WebApplicationBuilder AddEventsSearch(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SearchOptions>(builder.Configuration.GetSection(SearchOptions.SectionName));
        builder.Services.AddSingleton<PostgresSearchIndex>();
        builder.Services.AddSingleton<ElasticsearchSearchIndex>();
        // Chosen when first asked for, so configuration set by tests or the environment after startup code still counts.
        builder.Services.AddSingleton<ISearchIndex>(sp =>
            string.Equals(sp.GetRequiredService<IOptions<SearchOptions>>().Value.Provider, SearchOptions.ElasticsearchProvider, StringComparison.OrdinalIgnoreCase)
                ? sp.GetRequiredService<ElasticsearchSearchIndex>()
                : sp.GetRequiredService<PostgresSearchIndex>());
        builder.Services.AddIntegrationEventHandler<PublicEventChanged, SearchIndexFeeder>();
        builder.Services.AddScoped<SearchReindexer>();
        return builder;
    }
}
