using EventPlatform.Ticketing.Orders;

namespace EventPlatform.Ticketing.Tickets;

/// <summary>
/// An event's tickets as a gate needs them, in the current organization and in-process (not an HTTP API): the whole list
/// for scanning offline, a search by attendee or order for the gate's fallback, and the public keys that verify QR codes.
/// </summary>
public interface ITicketRoster
{
    /// <summary>Every ticket of the event with its order, streamed (a large event has tens of thousands) in one query.</summary>
    IAsyncEnumerable<RosterTicket> StreamAsync(Guid eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Tickets of the event whose attendee name or email, order number or buyer contains <paramref name="query"/> (any case),
    /// or whose code is it; at most <paramref name="limit"/>, by attendee name.
    /// </summary>
    Task<IReadOnlyList<RosterTicket>> SearchAsync(Guid eventId, string query, int limit, CancellationToken cancellationToken = default);

    /// <summary>The organization's ticket public keys (Ed25519, raw 32 bytes) by key id, read fresh (a key made a minute ago signs new tickets).</summary>
    Task<IReadOnlyDictionary<string, byte[]>> PublicKeysAsync(CancellationToken cancellationToken = default);
}

/// <param name="OrderNumber">The confirmation number attendees quote.</param>
public sealed record RosterTicket(
    Guid Id,
    Guid TicketTypeId,
    string TicketTypeName,
    Guid? SessionId,
    string Code,
    string AttendeeName,
    string AttendeeEmail,
    string OrderNumber,
    TicketStatus Status,
    OrderStatus OrderStatus);
