using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Reservations;

/// <summary>Finds the promo or access code a buyer typed, if it is valid for the event now.</summary>
public sealed class PromoCodeResolver(TicketingDbContext db, TimeProvider clock)
{
    /// <summary>Null for no code; throws <see cref="TicketingErrorCodes.PromoCodeInvalid"/> for an unknown, inactive or out-of-window code.</summary>
    public async Task<PromoCode?> ResolveAsync(Guid eventId, string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var normalized = PromoCode.Normalize(code);
        var promo = await db.PromoCodes.AsNoTracking().FirstOrDefaultAsync(p => p.EventId == eventId && p.Code == normalized, cancellationToken);
        return promo is not null && promo.IsValidAt(clock.GetUtcNow())
            ? promo
            : throw new BusinessException(TicketingErrorCodes.PromoCodeInvalid, 422).WithData("code", normalized);
    }
}
