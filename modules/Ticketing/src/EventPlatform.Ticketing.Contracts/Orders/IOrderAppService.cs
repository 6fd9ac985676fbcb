using EventPlatform.Platform.Application;

namespace EventPlatform.Ticketing.Orders;

/// <summary>
/// The buyer's order link, no account needed: the order is reached by organization, confirmation number and its secret
/// access token; a wrong token answers exactly like a missing order (404).
/// </summary>
public interface IOrderAppService : IApplicationService
{
    [RemoteService(Route = "public/{organization}/orders/{number}")]
    Task<AttendeeOrderDto> GetAsync(string organization, string number, string token);

    /// <summary>Cancels the order when <c>OrderCancellationPolicy</c> allows it; paid orders get a refund request instead.</summary>
    [RemoteService(Route = "public/{organization}/orders/{number}/cancel")]
    Task<AttendeeOrderDto> CancelAsync(string organization, string number, OrderTokenInput input);

    /// <summary>Gives a ticket to someone else: it gets a new code (the old one stops existing) and the new holder an e-mail.</summary>
    [RemoteService(Route = "public/{organization}/orders/{number}/tickets/{ticketId}/transfer")]
    Task<AttendeeOrderDto> TransferTicketAsync(string organization, string number, Guid ticketId, TransferTicketInput input);

    [RemoteService(Route = "public/{organization}/orders/{number}/tickets/{ticketId}/cancel")]
    Task<AttendeeOrderDto> CancelTicketAsync(string organization, string number, Guid ticketId, OrderTokenInput input);
}
