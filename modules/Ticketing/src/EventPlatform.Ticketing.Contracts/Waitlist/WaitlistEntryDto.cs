namespace EventPlatform.Ticketing.Waitlist;

/// <param name="Position">Place among the people still waiting on the ticket type (1 = next); null once no longer waiting.</param>
public sealed record WaitlistEntryDto(
    Guid Id,
    Guid TicketTypeId,
    string TicketTypeName,
    string Name,
    string Email,
    int Quantity,
    WaitlistStatus Status,
    int? Position,
    DateTimeOffset CreatedAt,
    DateTimeOffset? OfferedAt,
    DateTimeOffset? OfferExpiresAt);
