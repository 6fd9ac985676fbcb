using EventPlatform.Ticketing.Tickets.Documents;
using EventPlatform.Ticketing.Tickets.Email;
using EventPlatform.Ticketing.Tickets.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Tickets;

public static class TicketsServiceCollectionExtensions
{
    /// <summary>Ticket signing keys, QR payloads, the ticket PDF, the calendar file and the order confirmation mail.</summary>
    public static IServiceCollection AddTicketingTickets(this IServiceCollection services)
    {
        services.AddScoped<TicketKeyStore>();
        services.AddScoped<TicketSigner>();
        services.AddSingleton<TicketPdfRenderer>();
        services.AddSingleton<OrderCalendarWriter>();
        services.AddSingleton<OrderConfirmationEmail>();
        services.AddScoped<OrderDocuments>();
        services.AddSingleton<Admission.TicketPublicKeys>();
        services.AddScoped<ITicketAdmissions, Admission.TicketAdmissions>();
        services.AddScoped<IRegisteredTickets, Admission.RegisteredTickets>();
        services.AddScoped<ITicketRoster, Admission.TicketRoster>();
        return services;
    }
}
