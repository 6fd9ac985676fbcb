using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Jobs;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Codes;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Orders.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services.Orders;

/// <summary>
/// The buyer's order link. Every call enters the organization named in the route first, then finds the order by number
/// inside it and compares the token in constant time: another organization's number, a wrong token and a missing order
/// all answer the same 404.
/// </summary>
[AllowAnonymous]
public sealed class OrderAppService(
    TicketingDbContext db,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IEventCatalog catalog,
    OrderCancellation cancellation,
    IBackgroundJobs jobs,
    TimeProvider clock) : IOrderAppService
{
    public async Task<AttendeeOrderDto> GetAsync(string organization, string number, string token)
    {
        var org = await tenants.GetVisibleAsync(organization);
        using var scope = currentTenant.Change(org.Id);
        var order = await FindAsync(number, token);
        return ToDto(order, org, await EventOfAsync(order));
    }

    public async Task<AttendeeOrderDto> CancelAsync(string organization, string number, OrderTokenInput input)
    {
        var org = await tenants.GetVisibleAsync(organization);
        using var scope = currentTenant.Change(org.Id);
        var order = await FindAsync(number, input.Token);
        var @event = await EventOfAsync(order);
        switch (OrderCancellationPolicy.Decide(order, @event.StartsAt, clock.GetUtcNow()))
        {
            case AttendeeCancellation.Cancel:
                await cancellation.CancelOrderAsync(order);
                break;
            case AttendeeCancellation.RequestRefund:
                order.RequestRefund(clock.GetUtcNow());
                await db.SaveChangesAsync();
                break;
            default:
                throw new BusinessException(OrderErrorCodes.CancellationClosed, 409);
        }

        return ToDto(order, org, @event);
    }

    public async Task<AttendeeOrderDto> TransferTicketAsync(string organization, string number, Guid ticketId, TransferTicketInput input)
    {
        var org = await tenants.GetVisibleAsync(organization);
        using var scope = currentTenant.Change(org.Id);
        var order = await FindAsync(number, input.Token);
        var @event = await EventOfAsync(order);
        var ticket = order.Tickets.FirstOrDefault(t => t.Id == ticketId) ?? throw new BusinessException(TicketingErrorCodes.TicketNotFound, 404);
        if (!ContactRules.IsName(input.Name)) throw FieldError("name");
        if (!ContactRules.IsEmail(input.Email?.Trim())) throw FieldError("email");
        if (!OrderCancellationPolicy.CanChangeTickets(order, @event.StartsAt, clock.GetUtcNow())) throw new BusinessException(OrderErrorCodes.CancellationClosed, 409);
        if (ticket.Status != TicketStatus.Valid) throw new BusinessException(OrderErrorCodes.TicketNotValid, 409);

        // The old code is replaced, not kept: from now on a scanner looking it up finds nothing.
        ticket.TransferTo(input.Name.Trim(), input.Email!.Trim(), SecretCodes.NewTicketCode());
        await db.SaveChangesAsync();
        jobs.Enqueue<SendTicketTransferJob, TicketTransferArgs>(new TicketTransferArgs(ticket.Id, order.BuyerName));
        return ToDto(order, org, @event);
    }

    public async Task<AttendeeOrderDto> CancelTicketAsync(string organization, string number, Guid ticketId, OrderTokenInput input)
    {
        var org = await tenants.GetVisibleAsync(organization);
        using var scope = currentTenant.Change(org.Id);
        var order = await FindAsync(number, input.Token);
        var @event = await EventOfAsync(order);
        var decision = OrderCancellationPolicy.Decide(order, @event.StartsAt, clock.GetUtcNow());
        if (decision == AttendeeCancellation.Closed) throw new BusinessException(OrderErrorCodes.CancellationClosed, 409);
        // A paid ticket's money is the refund process's business; the buyer asks for the whole order's refund instead.
        if (decision == AttendeeCancellation.RequestRefund) throw new BusinessException(OrderErrorCodes.PaidTicketNotCancellable, 409);
        await cancellation.CancelTicketAsync(order, ticketId);
        return ToDto(order, org, @event);
    }

    private async Task<Order> FindAsync(string number, string? token)
    {
        var order = await db.Orders.Include(o => o.Tickets).FirstOrDefaultAsync(o => o.Number == number);
        return order is not null && SecretCodes.Matches(token, order.AccessToken)
            ? order
            : throw new BusinessException(TicketingErrorCodes.OrderNotFound, 404);
    }

    private async Task<EventSummary> EventOfAsync(Order order) =>
        await catalog.FindAsync(order.EventId) ?? throw new BusinessException(TicketingErrorCodes.OrderNotFound, 404);

    private AttendeeOrderDto ToDto(Order order, TenantInfo org, EventSummary @event)
    {
        var now = clock.GetUtcNow();
        var decision = OrderCancellationPolicy.Decide(order, @event.StartsAt, now);
        return new AttendeeOrderDto(OrderMapper.ToDto(order), org.Slug, org.Name, @event.Title, @event.Slug, @event.StartsAt, @event.EndsAt,
            @event.TimeZone, @event.Location, decision == AttendeeCancellation.Cancel,
            decision == AttendeeCancellation.RequestRefund && order.RefundRequestedAt is null,
            OrderCancellationPolicy.CanChangeTickets(order, @event.StartsAt, now));
    }

    private static BusinessException FieldError(string field) =>
        new BusinessException(Platform.Exceptions.PlatformErrorCodes.BadRequest, 400).WithData("field", field);
}
