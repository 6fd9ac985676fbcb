using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Reservations;

/// <summary>
/// What is left of ticket types and quotas right now: size minus sold minus holds that have not expired, so an expired
/// reservation stops counting the moment it expires, before any sweep gives its seats back.
/// </summary>
public sealed class Availability(TicketingDbContext db, TimeProvider clock)
{
    /// <summary>Unlimited quotas have this size.</summary>
    public const int Unlimited = int.MaxValue;

    /// <summary>Tickets left per ticket type: the smallest remainder over all its quotas; null when none limits it.</summary>
    public async Task<IReadOnlyDictionary<Guid, int?>> OfTicketTypesAsync(IReadOnlyCollection<Guid> ticketTypeIds, CancellationToken cancellationToken = default)
    {
        var remainders = await QuotaRemaindersAsync(db.QuotaTicketTypes.Where(l => ticketTypeIds.Contains(l.TicketTypeId)), cancellationToken);
        return ticketTypeIds.ToDictionary(id => id, id =>
        {
            var limits = remainders.Where(r => r.TicketTypeId == id && r.Size != Unlimited).Select(r => r.Left).ToList();
            return limits.Count == 0 ? (int?)null : Math.Max(0, limits.Min());
        });
    }

    /// <summary>Sold, unexpired held and left per quota.</summary>
    public async Task<IReadOnlyDictionary<Guid, (int Sold, int Held, int Left)>> OfQuotasAsync(IReadOnlyCollection<Guid> quotaIds, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Quotas.Where(q => quotaIds.Contains(q.Id))
            .Select(q => new
            {
                q.Id,
                q.Size,
                q.Sold,
                Held = db.Holds.Where(h => h.QuotaId == q.Id && h.Status == HoldStatus.Held && h.ExpiresAt > now).Sum(h => (int?)h.Quantity) ?? 0,
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => (r.Sold, r.Held, Math.Max(0, r.Size - r.Sold - r.Held)));
    }

    private async Task<List<Remainder>> QuotaRemaindersAsync(IQueryable<QuotaTicketType> links, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await (
                from l in links
                join q in db.Quotas on l.QuotaId equals q.Id
                select new Remainder(
                    l.TicketTypeId,
                    q.Size,
                    q.Size - q.Sold - (db.Holds.Where(h => h.QuotaId == q.Id && h.Status == HoldStatus.Held && h.ExpiresAt > now).Sum(h => (int?)h.Quantity) ?? 0)))
            .ToListAsync(cancellationToken);
    }

    private sealed record Remainder(Guid TicketTypeId, int Size, int Left);
}
