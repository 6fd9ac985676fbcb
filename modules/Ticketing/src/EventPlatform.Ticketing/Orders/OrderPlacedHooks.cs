using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Orders;

/// <summary>
/// What must be written in the same transaction as a new order: the buyer's cross-organization pointer for "My tickets"
/// (see <see cref="AttendeeOrder"/>) and, when the reservation was a waitlist offer, the entry marked booked.
/// <see cref="OrderManager"/> calls this once before saving the order.
/// </summary>
public sealed class OrderPlacedHooks(TicketingDbContext db, ICurrentTenant tenant)
{
    public async Task OnPlacingAsync(Order order, Reservation reservation, CancellationToken cancellationToken)
    {
        var organization = tenant.Id ?? throw new TenantMismatchException("Orders are placed inside an organization.");
        db.Set<AttendeeOrder>().Add(new AttendeeOrder(order.BuyerEmail, order.UserId, organization, order.Id, order.Number));
        if (reservation.WaitlistEntryId is { } entryId
            && await db.WaitlistEntries.FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken) is { } entry)
        {
            entry.Book();
        }
    }
}
