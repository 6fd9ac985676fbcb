using EventPlatform.Platform.Events;
using EventPlatform.Ticketing.Orders;

namespace EventPlatform.Ticketing.Waitlist;

/// <summary>Seats came free (a cancellation, a reservation given back or expired, a lapsed offer): move the event's waitlists.</summary>
public sealed class WaitlistMover(WaitlistOffers offers) : IIntegrationEventHandler<SeatsReleased>
{
    public Task HandleAsync(SeatsReleased integrationEvent, CancellationToken cancellationToken) =>
        offers.MoveEventAsync(integrationEvent.ScheduledEventId, cancellationToken);
}
