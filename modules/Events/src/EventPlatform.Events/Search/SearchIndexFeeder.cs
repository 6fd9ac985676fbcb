using EventPlatform.Events.Public;
using EventPlatform.Platform.Events;

namespace EventPlatform.Events.Search;

/// <summary>Keeps the search index in step with the outbox: the listing is upserted, or removed once it is null.</summary>
public sealed class SearchIndexFeeder(ISearchIndex index) : IIntegrationEventHandler<PublicEventChanged>
{
    public Task HandleAsync(PublicEventChanged integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.Listing is { } listing
            ? index.UpsertAsync(listing, cancellationToken)
            : index.RemoveAsync(integrationEvent.PublicEventId, cancellationToken);
}
