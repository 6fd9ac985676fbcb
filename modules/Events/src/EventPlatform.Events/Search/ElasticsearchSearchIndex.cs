using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;
using EventPlatform.Events.Events;
using EventPlatform.Events.Public;
using Microsoft.Extensions.Options;

namespace EventPlatform.Events.Search;

/// <summary>
/// <see cref="ISearchIndex"/> on Elasticsearch (<c>Search:Provider = Elasticsearch</c>). Requests are the query DSL as
/// JSON (see <see cref="ElasticsearchQueries"/>) sent through the official client's transport, which keeps them
/// readable next to Elasticsearch's own documentation. The index is created on first use.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex
{
    private readonly ElasticsearchClient _client;
    private readonly string _index;
    private readonly SemaphoreSlim _created = new(1, 1);
    private bool _exists;

    public ElasticsearchSearchIndex(IOptions<SearchOptions> options)
    {
        var settings = options.Value.Elasticsearch;
        if (string.IsNullOrWhiteSpace(settings.Url)) throw new InvalidOperationException("Search:Elasticsearch:Url is not set.");
        _client = new ElasticsearchClient(new Uri(settings.Url));
        _index = settings.Index;
    }

    public async Task UpsertAsync(PublicEventListing listing, CancellationToken cancellationToken = default)
    {
        await EnsureIndexAsync(cancellationToken);
        await SendAsync(HttpMethod.PUT, $"/{_index}/_doc/{listing.EventId}?refresh=wait_for",
            ElasticsearchQueries.Document(listing), cancellationToken);
    }

    public async Task RemoveAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await EnsureIndexAsync(cancellationToken);
        await SendAsync(HttpMethod.DELETE, $"/{_index}/_doc/{eventId}?refresh=wait_for", null, cancellationToken, allowNotFound: true);
    }

    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        await SendAsync(HttpMethod.DELETE, $"/{_index}", null, cancellationToken, allowNotFound: true);
        _exists = false;
        await EnsureIndexAsync(cancellationToken);
    }

    /// <summary>Deletes the whole index (tests use an index of their own).</summary>
    public async Task DeleteIndexAsync(CancellationToken cancellationToken = default)
    {
        await SendAsync(HttpMethod.DELETE, $"/{_index}", null, cancellationToken, allowNotFound: true);
        _exists = false;
    }

    public async Task<SearchResultDto> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureIndexAsync(cancellationToken);
        var body = await SendAsync(HttpMethod.POST, $"/{_index}/_search", ElasticsearchQueries.Search(query), cancellationToken);
        var hits = body["hits"]!;
        var items = hits["hits"]!.AsArray().Select(h => ToHit(h!["_source"]!)).ToList();
        return new SearchResultDto(hits["total"]!["value"]!.GetValue<long>(), items);
    }

    public async Task<IReadOnlyList<AutocompleteItemDto>> AutocompleteAsync(string prefix, int take = 8, CancellationToken cancellationToken = default)
    {
        if (prefix.Trim().Length == 0) return [];
        await EnsureIndexAsync(cancellationToken);
        take = Math.Clamp(take, 1, AutocompleteRequest.MaxTake);
        var body = await SendAsync(HttpMethod.POST, $"/{_index}/_search", ElasticsearchQueries.Autocomplete(prefix.Trim(), take), cancellationToken);
        return body["hits"]!["hits"]!.AsArray()
            .Select(h => h!["_source"]!)
            .Select(s => new AutocompleteItemDto(
                Guid.Parse(s["eventId"]!.GetValue<string>()), s["title"]!.GetValue<string>(),
                s["organizationSlug"]!.GetValue<string>(), s["slug"]!.GetValue<string>()))
            .ToList();
    }

    private async Task EnsureIndexAsync(CancellationToken cancellationToken)
    {
        if (_exists) return;
        await _created.WaitAsync(cancellationToken);
        try
        {
            if (_exists) return;
            var head = await _client.Transport.RequestAsync<StringResponse>(HttpMethod.HEAD, $"/{_index}", cancellationToken);
            if (head.ApiCallDetails.HttpStatusCode == 404)
            {
                await SendAsync(HttpMethod.PUT, $"/{_index}", ElasticsearchQueries.IndexDefinition(), cancellationToken);
            }

            _exists = true;
        }
        finally
        {
            _created.Release();
        }
    }

    private async Task<JsonNode> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken, bool allowNotFound = false)
    {
        var response = body is null
            ? await _client.Transport.RequestAsync<StringResponse>(method, path, cancellationToken)
            : await _client.Transport.RequestAsync<StringResponse>(method, path, PostData.String(body.ToJsonString()), cancellationToken);
        var status = response.ApiCallDetails.HttpStatusCode;
        if (!response.ApiCallDetails.HasSuccessfulStatusCode && !(allowNotFound && status == 404))
        {
            throw new InvalidOperationException($"Elasticsearch {method} {path} answered {status?.ToString() ?? "nothing"}: {response.Body}",
                response.ApiCallDetails.OriginalException);
        }

        return string.IsNullOrEmpty(response.Body) ? new JsonObject() : JsonNode.Parse(response.Body)!;
    }

    private static SearchHitDto ToHit(JsonNode s) => new(
        Guid.Parse(s["eventId"]!.GetValue<string>()), s["organizationSlug"]!.GetValue<string>(), s["organizationName"]!.GetValue<string>(),
        s["title"]!.GetValue<string>(), s["slug"]!.GetValue<string>(), s["summary"]?.GetValue<string>(),
        Enum.Parse<EventType>(s["type"]!.GetValue<string>()), Enum.Parse<EventFormat>(s["format"]!.GetValue<string>()),
        s["startsAt"]!.GetValue<DateTimeOffset>(), s["endsAt"]!.GetValue<DateTimeOffset>(), s["timeZone"]!.GetValue<string>(),
        s["city"]?.GetValue<string>(), s["tags"]!.Deserialize<string[]>() ?? [], s["coverImageUrl"]?.GetValue<string>());
}
