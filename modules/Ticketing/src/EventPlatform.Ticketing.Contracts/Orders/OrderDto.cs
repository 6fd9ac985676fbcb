using EventPlatform.Ticketing.Questions;

namespace EventPlatform.Ticketing.Orders;

/// <param name="Number">The confirmation number, <c>REG-YYYYMMDD-XXXXXX</c>.</param>
/// <param name="Culture">The language the buyer ordered in; their e-mails and PDF use it.</param>
/// <param name="AccessToken">The secret in the buyer's order link; present only for the buyer and the organizer.</param>
/// <param name="PaymentDueAt">While unpaid: when the order is cancelled and its tickets go back on sale unless paid.</param>
public sealed record OrderDto(
    Guid Id,
    string Number,
    Guid EventId,
    OrderStatus Status,
    string BuyerName,
    string BuyerEmail,
    string? BuyerPhone,
    decimal Total,
    string Currency,
    string PaymentMethod,
    string? PromoCode,
    string AccessToken,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RefundRequestedAt,
    IReadOnlyList<AnswerDto> Answers,
    IReadOnlyList<TicketDto> Tickets,
    string Culture,
    DateTimeOffset? PaymentDueAt = null);

/// <param name="Code">The ticket's unguessable code; it changes when the ticket is transferred or its code revoked.</param>
/// <param name="QrPayload">The signed payload a scanner verifies offline.</param>
public sealed record TicketDto(
    Guid Id,
    Guid TicketTypeId,
    string TicketTypeName,
    Guid? SessionId,
    string AttendeeName,
    string AttendeeEmail,
    string Code,
    string? QrPayload,
    TicketStatus Status,
    decimal Price,
    IReadOnlyList<AnswerDto> Answers);
