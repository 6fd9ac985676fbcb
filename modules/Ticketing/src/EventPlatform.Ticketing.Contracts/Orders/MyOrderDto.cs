namespace EventPlatform.Ticketing.Orders;

/// <param name="AccessToken">Opens the order page (<c>/o/{organization}/orders/{number}?t=...</c>); the user owns the order.</param>
public sealed record MyOrderDto(
    Guid OrderId,
    string Number,
    OrderStatus Status,
    string OrganizationSlug,
    string OrganizationName,
    string EventTitle,
    DateTimeOffset EventStartsAt,
    string EventTimeZone,
    int TicketCount,
    string AccessToken);
