using EventPlatform.Platform.Application;
using EventPlatform.Ticketing.Orders;

namespace EventPlatform.Ticketing.Registrations;

/// <summary>
/// An organizer's view of an event's orders (<see cref="TicketingPermissions.Registrations.Manage"/>): find, cancel
/// (seats go back to the quotas at once), mark offline payments received, note refund requests, re-send confirmations.
/// </summary>
public interface IRegistrationAppService : IApplicationService
{
    [RemoteService(Route = "events/{eventId}/registrations")]
    Task<PagedResult<RegistrationListItemDto>> GetListAsync(Guid eventId, RegistrationListRequest input);

    Task<OrderDto> GetAsync(Guid id);

    /// <summary>Cancels the whole order; every ticket's seat (and a limited promo code's use) is given back.</summary>
    Task<OrderDto> CancelAsync(Guid id);

    /// <summary>Cancels one ticket; cancelling the last valid one cancels the order.</summary>
    [RemoteService(Route = "registrations/{id}/tickets/{ticketId}/cancel")]
    Task<OrderDto> CancelTicketAsync(Guid id, Guid ticketId);

    /// <summary>Notes that the money should go back; the payment integration acts on it.</summary>
    Task<OrderDto> RequestRefundAsync(Guid id);

    /// <summary>An offline ("pay at the venue") order whose money arrived.</summary>
    Task<OrderDto> MarkPaidAsync(Guid id);

    /// <summary>Sends the confirmation e-mail again (through a background job).</summary>
    Task ResendAsync(Guid id);
}
