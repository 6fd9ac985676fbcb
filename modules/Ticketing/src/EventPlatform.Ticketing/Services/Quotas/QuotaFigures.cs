using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.Reservations;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services.Quotas;

/// <summary>Quotas as organizers see them: live sold, unexpired held and available figures and the ticket types they limit.</summary>
public sealed class QuotaFigures(TicketingDbContext db, Availability availability)
{
    public async Task<IReadOnlyList<QuotaDto>> ToDtosAsync(IReadOnlyList<Quota> quotas, CancellationToken cancellationToken = default)
    {
        var ids = quotas.Select(q => q.Id).ToList();
        var live = await availability.OfQuotasAsync(ids, cancellationToken);
        var links = await db.QuotaTicketTypes.AsNoTracking().Where(l => ids.Contains(l.QuotaId)).ToListAsync(cancellationToken);
        return quotas.Select(q =>
        {
            var (sold, held, left) = live.TryGetValue(q.Id, out var f) ? f : (q.Sold, q.Held, Math.Max(0, q.Size - q.Sold - q.Held));
            var types = links.Where(l => l.QuotaId == q.Id).Select(l => l.TicketTypeId).ToList();
            return new QuotaDto(q.Id, q.EventId, q.Kind, q.Name, q.Size, sold, held, left, types);
        }).ToList();
    }
}
