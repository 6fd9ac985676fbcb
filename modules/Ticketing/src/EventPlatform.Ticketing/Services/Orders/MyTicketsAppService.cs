using EventPlatform.Events.Catalog;
using EventPlatform.Identity.Profile;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Users;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Orders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services.Orders;

/// <summary>
/// "My tickets" across organizations. The cross-organization part is only the <see cref="AttendeeOrder"/> pointers (no
/// tenant, no personal data beyond the user's own address); each organization's orders are then read inside its own
/// tenant scope, so the tenant filter and row-level security apply to them as to any other read. The e-mail address is
/// confirmed: signing in requires a confirmed address (external sign-in only links addresses the provider verified).
/// </summary>
[Authorize]
public sealed class MyTicketsAppService(
    TicketingDbContext db,
    IProfileAppService profiles,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    IEventCatalog catalog) : IMyTicketsAppService
{
    public async Task<IReadOnlyList<MyOrderDto>> GetListAsync()
    {
        var userId = currentUser.Id!.Value;
        var email = AttendeeOrder.Normalize((await profiles.GetAsync()).Email);
        var pointers = await db.Set<AttendeeOrder>().AsNoTracking()
            .Where(p => p.EmailNormalized == email || p.UserId == userId)
            .ToListAsync();

        var result = new List<MyOrderDto>();
        foreach (var byOrganization in pointers.GroupBy(p => p.OrganizationId))
        {
            if (await tenants.FindByIdAsync(byOrganization.Key) is not { IsSuspended: false } organization) continue;
            using var scope = currentTenant.Change(organization.Id);
            var ids = byOrganization.Select(p => p.OrderId).ToList();
            // The pointer only says where to look; the order itself must still be the user's.
            var orders = (await db.Orders.AsNoTracking().Include(o => o.Tickets).Where(o => ids.Contains(o.Id)).ToListAsync())
                .Where(o => o.UserId == userId || AttendeeOrder.Normalize(o.BuyerEmail) == email)
                .ToList();
            foreach (var order in orders)
            {
                if (await catalog.FindAsync(order.EventId) is not { } @event) continue;
                result.Add(new MyOrderDto(order.Id, order.Number, order.Status, organization.Slug, organization.Name, @event.Title,
                    @event.StartsAt, @event.TimeZone, order.Tickets.Count(t => t.Status == TicketStatus.Valid), order.AccessToken));
            }
        }

        return result.OrderByDescending(o => o.EventStartsAt).ThenBy(o => o.Number).ToList();
    }
}
