using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.Reservations;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services.PromoCodes;

/// <summary>How often codes were used: a limited code's quota (sold + unexpired held), otherwise the orders bought with it.</summary>
public sealed class PromoCodeUsage(TicketingDbContext db, Availability availability, TimeProvider clock)
{
    public async Task<IReadOnlyList<PromoCodeDto>> ToDtosAsync(IReadOnlyList<PromoCode> codes, CancellationToken cancellationToken = default)
    {
        var ids = codes.Select(c => c.Id).ToList();
        var quotas = await db.Quotas.AsNoTracking().Where(q => q.PromoCodeId != null && ids.Contains(q.PromoCodeId.Value) && q.Kind == QuotaKind.PromoCode)
            .ToDictionaryAsync(q => q.PromoCodeId!.Value, q => q.Id, cancellationToken);
        var live = await availability.OfQuotasAsync(quotas.Values.ToList(), cancellationToken);
        var unlimited = codes.Where(c => !quotas.ContainsKey(c.Id)).ToList();
        var counted = await CountUnlimitedAsync(unlimited, cancellationToken);
        return codes.Select(c =>
        {
            var used = quotas.TryGetValue(c.Id, out var q) && live.TryGetValue(q, out var f) ? f.Sold + f.Held : counted.GetValueOrDefault(c.Id);
            return new PromoCodeDto(c.Id, c.EventId, c.Code, c.Kind, c.Value, c.TicketTypeIds, c.UsageLimit, used, c.ValidFrom, c.ValidUntil, c.IsActive);
        }).ToList();
    }

    /// <summary>Codes without a limit have no counter: count the confirmed reservations that used them and the live ones carrying them.</summary>
    private async Task<Dictionary<Guid, int>> CountUnlimitedAsync(IReadOnlyList<PromoCode> codes, CancellationToken cancellationToken)
    {
        if (codes.Count == 0) return [];
        var ids = codes.Select(c => c.Id).ToList();
        var now = clock.GetUtcNow();
        return await db.Reservations.AsNoTracking()
            .Where(r => r.PromoCodeId != null && ids.Contains(r.PromoCodeId.Value)
                && (r.Status == ReservationStatus.Confirmed || (r.Status == ReservationStatus.Active && r.ExpiresAt > now)))
            .GroupBy(r => r.PromoCodeId!.Value)
            .ToDictionaryAsync(g => g.Key, g => g.Count(), cancellationToken);
    }
}
