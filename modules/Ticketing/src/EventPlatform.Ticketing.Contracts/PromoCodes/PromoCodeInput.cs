namespace EventPlatform.Ticketing.PromoCodes;

public sealed record PromoCodeInput(
    string Code,
    PromoCodeKind Kind,
    decimal Value,
    IReadOnlyList<Guid>? TicketTypeIds = null,
    int? UsageLimit = null,
    DateTimeOffset? ValidFrom = null,
    DateTimeOffset? ValidUntil = null,
    bool IsActive = true);
