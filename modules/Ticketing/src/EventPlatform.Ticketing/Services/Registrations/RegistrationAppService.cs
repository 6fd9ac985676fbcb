using EventPlatform.Platform.Application;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Jobs;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Orders.Email;
using EventPlatform.Ticketing.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services.Registrations;

/// <summary>The organizer's registrations. Another organization's order is not found (tenant filter and RLS), so it answers 404.</summary>
[Authorize(TicketingPermissions.Registrations.Manage)]
public sealed class RegistrationAppService(
    TicketingDbContext db,
    TicketingEvents events,
    OrderCancellation cancellation,
    IBackgroundJobs jobs,
    IPermissionChecker permissions,
    TimeProvider clock) : IRegistrationAppService
{
    public async Task<PagedResult<RegistrationListItemDto>> GetListAsync(Guid eventId, RegistrationListRequest input)
    {
        permissions.EnsureGranted(TicketingPermissions.Registrations.Manage);
        await events.GetAsync(eventId);
        var query = RegistrationSearch.Apply(db.Orders.AsNoTracking().Where(o => o.EventId == eventId), input);
        var total = await query.LongCountAsync();
        var page = await query.OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id)
            .Skip(Math.Max(0, input.Skip)).Take(Math.Clamp(input.Take, 1, PagedRequest.MaxPageSize))
            .Include(o => o.Tickets)
            .ToListAsync();
        var items = page.Select(o => new RegistrationListItemDto(o.Id, o.Number, o.Status, o.BuyerName, o.BuyerEmail, o.Total, o.Currency,
            o.PaymentMethod, o.Tickets.Count(t => t.Status == TicketStatus.Valid),
            o.Tickets.Select(t => t.TicketTypeName).Distinct().Order().ToList(), o.CreatedAt, o.RefundRequestedAt)).ToList();
        return new PagedResult<RegistrationListItemDto>(total, items);
    }

    public async Task<OrderDto> GetAsync(Guid id)
    {
        permissions.EnsureGranted(TicketingPermissions.Registrations.Manage);
        return OrderMapper.ToDto(await cancellation.LoadAsync(id));
    }

    public async Task<OrderDto> CancelAsync(Guid id)
    {
        permissions.EnsureGranted(TicketingPermissions.Registrations.Manage);
        var order = await cancellation.LoadAsync(id);
        await cancellation.CancelOrderAsync(order);
        return OrderMapper.ToDto(order);
    }

    public async Task<OrderDto> CancelTicketAsync(Guid id, Guid ticketId)
    {
        permissions.EnsureGranted(TicketingPermissions.Registrations.Manage);
        var order = await cancellation.LoadAsync(id);
        await cancellation.CancelTicketAsync(order, ticketId);
        return OrderMapper.ToDto(order);
    }

    public async Task<OrderDto> RequestRefundAsync(Guid id)
    {
        permissions.EnsureGranted(TicketingPermissions.Registrations.Manage);
        var order = await cancellation.LoadAsync(id);
        order.RequestRefund(clock.GetUtcNow());
        await db.SaveChangesAsync();
        return OrderMapper.ToDto(order);
    }

    public async Task<OrderDto> MarkPaidAsync(Guid id)
    {
        permissions.EnsureGranted(TicketingPermissions.Registrations.Manage);
        var order = await cancellation.LoadAsync(id);
        // Only an offline order waits for money the organizer receives; provider payments are confirmed by the provider.
        if (order.Status != OrderStatus.PendingPayment || order.PaymentMethod != PaymentMethods.Offline)
        {
            throw new BusinessException(OrderErrorCodes.NotPendingPayment, 409);
        }

        order.MarkPaid(clock.GetUtcNow());
        // The Payments module issues the invoice from it; the confirmation went out when the order was placed.
        db.AddIntegrationEvent(new OrderPaid(order.Id, order.TenantId, order.EventId, order.Number));
        await db.SaveChangesAsync();
        return OrderMapper.ToDto(order);
    }

    public async Task ResendAsync(Guid id)
    {
        permissions.EnsureGranted(TicketingPermissions.Registrations.Manage);
        var order = await cancellation.LoadAsync(id);
        if (order.Status == OrderStatus.Cancelled) throw new BusinessException(OrderErrorCodes.OrderCancelled, 409);
        jobs.Enqueue<SendOrderConfirmationJob, OrderEmailArgs>(new OrderEmailArgs(order.Id));
    }
}
