namespace EventPlatform.Ticketing.PromoCodes;

/// <param name="TicketTypeIds">Empty: applies to every ticket type of the event.</param>
/// <param name="Used">Orders confirmed with the code plus unexpired reservations holding it.</param>
public sealed record PromoCodeDto(
    Guid Id,
    Guid EventId,
    string Code,
    PromoCodeKind Kind,
    decimal Value,
    IReadOnlyList<Guid> TicketTypeIds,
    int? UsageLimit,
    int Used,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    bool IsActive);
