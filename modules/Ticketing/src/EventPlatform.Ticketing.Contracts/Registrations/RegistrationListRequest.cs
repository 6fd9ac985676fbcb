using EventPlatform.Platform.Application;
using EventPlatform.Ticketing.Orders;

namespace EventPlatform.Ticketing.Registrations;

/// <param name="Filter">Matches the confirmation number, the buyer's or an attendee's name or e-mail (case-insensitive, part of it).</param>
public sealed record RegistrationListRequest : PagedRequest
{
    public string? Filter { get; init; }

    public OrderStatus? Status { get; init; }

    public Guid? TicketTypeId { get; init; }
}
