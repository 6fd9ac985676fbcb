namespace EventPlatform.Ticketing.Tickets.Documents;

/// <summary>
/// Everything the ticket PDF, the calendar file and the confirmation mail show, gathered once by the order side.
/// Times are instants; <paramref name="TimeZone"/> (IANA) and <paramref name="Culture"/> decide how they read.
/// </summary>
public sealed record OrderDocument(
    string OrderNumber,
    string BuyerName,
    string BuyerEmail,
    string OrganizationName,
    string? BrandColor,
    byte[]? Logo,
    string EventTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Location,
    string Culture,
    string OrderUrl,
    IReadOnlyList<TicketDocument> Tickets);
