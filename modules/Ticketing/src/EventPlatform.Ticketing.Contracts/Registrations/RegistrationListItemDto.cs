using EventPlatform.Ticketing.Orders;

namespace EventPlatform.Ticketing.Registrations;

/// <param name="TicketCount">Valid tickets of the order (cancelled ones not counted).</param>
public sealed record RegistrationListItemDto(
    Guid Id,
    string Number,
    OrderStatus Status,
    string BuyerName,
    string BuyerEmail,
    decimal Total,
    string Currency,
    string PaymentMethod,
    int TicketCount,
    IReadOnlyList<string> TicketTypeNames,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RefundRequestedAt);
