using EventPlatform.Events.Public;
using EventPlatform.Platform.Pages;
using EventPlatform.Ticketing.Pages.Checkout.Files;
using EventPlatform.Ticketing.Pages.Checkout.TicketBox;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Pages.Checkout;

public static class CheckoutPagesModule
{
    /// <summary>The buyer's pages: the ticket box on the public event page, reserve, checkout, confirmation.</summary>
    public static IServiceCollection AddTicketingCheckout(this IServiceCollection services)
    {
        services.AddPageSlot<TicketBoxViewComponent>(PublicEventSlots.Tickets);
        services.AddScoped<RegistrationFileStore>();
        return services;
    }
}
