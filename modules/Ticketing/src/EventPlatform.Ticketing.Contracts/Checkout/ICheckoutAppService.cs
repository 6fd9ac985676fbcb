using EventPlatform.Platform.Application;
using EventPlatform.Ticketing.Orders;

namespace EventPlatform.Ticketing.Checkout;

/// <summary>
/// Buying tickets, signed in or not: see what is on sale, reserve (quota is taken at once and held until the
/// reservation expires), then confirm with attendee details. Reads and writes run inside the organization
/// named by its slug; a reservation is reached only with its secret token.
/// </summary>
public interface ICheckoutAppService : IApplicationService
{
    /// <summary>The event's ticket types a visitor may buy; <paramref name="code"/> (promo or access code) unlocks or discounts some.</summary>
    [RemoteService(Route = "public/{organization}/events/{slug}/tickets")]
    Task<TicketOfferDto> GetOfferAsync(string organization, string slug, string? code = null);

    /// <summary>Holds the tickets for the reservation time; the same idempotency key returns the same reservation.</summary>
    [RemoteService(Route = "public/{organization}/events/{slug}/reservations", HttpMethod = "POST")]
    Task<ReservationDto> ReserveAsync(string organization, string slug, ReserveInput input);

    [RemoteService(Route = "public/{organization}/reservations/{id}")]
    Task<ReservationDto> GetReservationAsync(string organization, Guid id, string token);

    /// <summary>
    /// Turns the reservation into an order: free orders are confirmed at once, others wait for payment
    /// (offline: "pay at the venue"). Confirming the same reservation again returns the same order.
    /// </summary>
    [RemoteService(Route = "public/{organization}/reservations/{id}/confirm")]
    Task<OrderDto> ConfirmAsync(string organization, Guid id, ConfirmReservationInput input);

    /// <summary>Gives the held tickets back at once.</summary>
    [RemoteService(Route = "public/{organization}/reservations/{id}/cancel")]
    Task CancelReservationAsync(string organization, Guid id, ReservationTokenInput input);
}
