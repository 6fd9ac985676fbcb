namespace EventPlatform.Ticketing.Tickets;

/// <summary>
/// How many tickets of an event are registered, for the Check-in dashboard's "checked in / registered" (in the current
/// organization, in-process). Registered means the ticket is valid and its order is not cancelled, paid or not yet.
/// </summary>
public interface IRegisteredTickets
{
    /// <summary>One grouped query: a row per ticket type (and the session it grants), types without tickets left out.</summary>
    Task<IReadOnlyList<RegisteredTicketCount>> CountAsync(Guid eventId, CancellationToken cancellationToken = default);
}

public sealed record RegisteredTicketCount(Guid TicketTypeId, string TicketTypeName, Guid? SessionId, int Count);
