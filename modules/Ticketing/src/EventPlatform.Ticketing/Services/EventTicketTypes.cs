using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services;

/// <summary>Checks that ticket type ids named by quotas, promo codes and questions belong to the event they are set up for.</summary>
public sealed class EventTicketTypes(TicketingDbContext db)
{
    /// <summary>The distinct ids; 422 when one is not a ticket type of the event (another organization's ids are not found either).</summary>
    public async Task<IReadOnlyList<Guid>> EnsureOfEventAsync(Guid eventId, IReadOnlyList<Guid>? ticketTypeIds, CancellationToken cancellationToken = default)
    {
        var ids = (ticketTypeIds ?? []).Distinct().ToList();
        if (ids.Count == 0) return ids;
        var found = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId && ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var missing = ids.FirstOrDefault(id => !found.Contains(id));
        return missing == Guid.Empty
            ? ids
            : throw new BusinessException(TicketingErrorCodes.TicketTypeNotFound, 422).WithData("ticketType", missing);
    }
}
