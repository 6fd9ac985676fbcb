using EventPlatform.Platform.Application;

namespace EventPlatform.Ticketing.TicketTypes;

/// <summary>Ticket types of the organization's events (<see cref="TicketingPermissions.TicketTypes.Manage"/>).</summary>
public interface ITicketTypeAppService : IApplicationService
{
    /// <summary>The event's ticket types in their display order.</summary>
    [RemoteService(Route = "events/{eventId}/ticket-types")]
    Task<IReadOnlyList<TicketTypeDto>> GetListAsync(Guid eventId);

    Task<TicketTypeDto> GetAsync(Guid id);

    [RemoteService(Route = "events/{eventId}/ticket-types")]
    Task<TicketTypeDto> CreateAsync(Guid eventId, TicketTypeInput input);

    /// <summary>Changes a ticket type; its quantity cannot go below what is sold and held.</summary>
    Task<TicketTypeDto> UpdateAsync(Guid id, TicketTypeInput input);

    /// <summary>Removes a ticket type nobody has bought or holds; otherwise deactivate it instead.</summary>
    Task DeleteAsync(Guid id);
}
