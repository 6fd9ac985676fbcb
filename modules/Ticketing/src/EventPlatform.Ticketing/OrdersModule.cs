using EventPlatform.Platform.Outbox;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Orders.Email;
using EventPlatform.Ticketing.Waitlist;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EventPlatform.Ticketing;

/// <summary>What happens after an order exists (registrations, the order link, "My tickets", e-mails) and the waitlist.</summary>
public static class OrdersModule
{
    public static WebApplicationBuilder AddTicketingOrders(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<OrderPlacedHooks>();
        services.AddScoped<OrderCancellation>();
        services.AddScoped<OrderLinks>();
        services.AddScoped<OrderConfirmationSender>();
        services.AddScoped<WaitlistOffers>();
        services.AddScoped<IOrderEmailComposer, Tickets.Email.TicketsOrderEmailComposer>();
        services.AddIntegrationEventBatchHandler<OrderPlaced, OrderPlacedEmailHandler>();
        services.AddIntegrationEventBatchHandler<OrderPaid, OrderPlacedEmailHandler>();
        services.AddScoped<IOrderSettlement, OrderSettlement>();
        services.AddIntegrationEventHandler<Payments.Payments.PaymentRefunded, FullRefundCancellation>();
        services.AddSingleton<OverdueOrderSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<OverdueOrderSweeper>());
        services.AddIntegrationEventHandler<SeatsReleased, WaitlistMover>();
        return builder;
    }
}
