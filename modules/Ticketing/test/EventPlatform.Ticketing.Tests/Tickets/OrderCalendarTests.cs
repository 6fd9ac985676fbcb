using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Ticketing.Tickets.Documents;
using Microsoft.Extensions.DependencyInjection;
using IcalCalendar = Ical.Net.Calendar;

namespace EventPlatform.Ticketing.Tests.Tickets;

[Collection(TicketingCollection.Name)]
public sealed class OrderCalendarTests(TicketingTestFactory factory)
{
    [Fact]
    public async Task Should_describe_the_orders_event_at_its_instants_with_its_location_and_order_link()
    {
        var order = await SampleOrders.CreateAsync(factory, tickets: 1);

        var ics = factory.Services.GetRequiredService<OrderCalendarWriter>().Write(order);

        var entry = IcalCalendar.Load(ics)!.Events.Single();
        entry.Summary.ShouldBe(order.EventTitle);
        entry.Start!.AsUtc.ShouldBe(order.StartsAt.UtcDateTime);
        entry.End!.AsUtc.ShouldBe(order.EndsAt.UtcDateTime);
        entry.Location.ShouldBe(order.Location);
        entry.Url.ShouldBe(new Uri(order.OrderUrl));
        entry.Uid.ShouldBe(OrderCalendarWriter.UidOf(order));
    }
}
