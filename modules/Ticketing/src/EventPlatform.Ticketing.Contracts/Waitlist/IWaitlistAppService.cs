using EventPlatform.Platform.Application;

namespace EventPlatform.Ticketing.Waitlist;

/// <summary>
/// Waiting lists of sold-out ticket types. Anyone may join; organizers (<see cref="TicketingPermissions.Registrations.Manage"/>)
/// see and move the list. Freed seats are offered in joining order as a reservation held for the person.
/// </summary>
public interface IWaitlistAppService : IApplicationService
{
    /// <summary>Only for a sold-out ticket type with its waitlist enabled; the same e-mail twice on one type is a conflict.</summary>
    [RemoteService(Route = "public/{organization}/events/{slug}/waitlist", HttpMethod = "POST")]
    Task<WaitlistEntryDto> JoinAsync(string organization, string slug, JoinWaitlistInput input);

    [RemoteService(Route = "events/{eventId}/waitlist")]
    Task<IReadOnlyList<WaitlistEntryDto>> GetListAsync(Guid eventId);

    /// <summary>Takes someone off the list; a pending offer's seat goes to the next person.</summary>
    [RemoteService(Route = "waitlist/{id}")]
    Task RemoveAsync(Guid id);

    /// <summary>Offers every free seat of the ticket type to the next people waiting; returns how many offers went out.</summary>
    [RemoteService(Route = "ticket-types/{ticketTypeId}/waitlist/offer-next", HttpMethod = "POST")]
    Task<int> OfferNextAsync(Guid ticketTypeId);
}
