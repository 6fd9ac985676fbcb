using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Questions;

namespace EventPlatform.Ticketing.Checkout;

/// <param name="Code">The promo or access code that was applied, upper-cased; null when none or when it was not valid.</param>
/// <param name="CodeError">Why the given code was not applied (an error code), or null.</param>
public sealed record TicketOfferDto(
    Guid EventId,
    string EventTitle,
    string EventSlug,
    DateTimeOffset StartsAt,
    string TimeZone,
    int ReservationMinutes,
    string? Code,
    PromoCodeKind? CodeKind,
    string? CodeError,
    IReadOnlyList<OfferedTicketTypeDto> TicketTypes,
    IReadOnlyList<QuestionDto> Questions);
