using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Ticketing.Tickets.Documents;

namespace EventPlatform.Ticketing.Tests.Tickets;

/// <summary>Orders as the order side hands them to the ticket documents, with really signed QR payloads.</summary>
internal static class SampleOrders
{
    /// <summary>12 June 2027, 17:00–21:00 UTC: 19:00–23:00 in Berlin (summer time).</summary>
    public static readonly DateTimeOffset StartsAt = new(2027, 6, 12, 17, 0, 0, TimeSpan.Zero);

    public static async Task<OrderDocument> CreateAsync(
        TicketingTestFactory factory, string culture = "en", int tickets = 2, decimal price = 25m, byte[]? logo = null)
    {
        var organization = TicketKeys.NewOrganization();
        var eventId = Guid.CreateVersion7();
        var documents = new List<TicketDocument>();
        for (var i = 1; i <= tickets; i++)
        {
            var code = $"TK{i}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
            var ticketId = Guid.CreateVersion7();
            var payload = await factory.SignAsync(new(organization, eventId, ticketId, code));
            documents.Add(new TicketDocument(ticketId, code, payload, $"Attendee Müller {i}", "Early bird", i == 1 ? "Opening keynote" : null, price, "EUR"));
        }

        return new OrderDocument(
            OrderNumber: "A-1042",
            BuyerName: "Jana Müller",
            BuyerEmail: "jana@example.test",
            OrganizationName: "Rheinland Tech Meetups",
            BrandColor: "#0F766E",
            Logo: logo,
            EventTitle: "Rust & Coffee: Summer Edition",
            StartsAt: StartsAt,
            EndsAt: StartsAt.AddHours(4),
            TimeZone: "Europe/Berlin",
            Location: "Kulturzentrum, Hauptstraße 1, 50667 Köln",
            Culture: culture,
            OrderUrl: "https://events.example.test/orders/A-1042?token=abc",
            Tickets: documents);
    }
}
