namespace EventPlatform.Ticketing.TicketTypes;

/// <summary>A ticket type as its organizer sees it, with live figures (<see cref="Held"/> counts unexpired holds only).</summary>
public sealed record TicketTypeDto(
    Guid Id,
    Guid EventId,
    Guid? SessionId,
    string Name,
    string? Description,
    decimal Price,
    string Currency,
    int? Quantity,
    DateTimeOffset? SaleStartsAt,
    DateTimeOffset? SaleEndsAt,
    int MinPerOrder,
    int MaxPerOrder,
    TicketTypeVisibility Visibility,
    bool IsActive,
    int SortOrder,
    bool WaitlistEnabled,
    int Sold,
    int Held,
    int? Available,
    decimal? TaxRate = null);
