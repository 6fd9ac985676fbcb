using System.Net;
using System.Net.Http.Json;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Events.Catalog;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Checkout;

/// <summary>Checkout keeps event summaries for a few seconds; an organizer's change on this node is seen at once all the same.</summary>
[Collection(TicketingCollection.Name)]
public sealed class EventFreshnessTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_refuse_reservations_at_once_when_the_event_is_unpublished_after_a_sale()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Fresh");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        (await _organizer.PostAsync($"api/events/event/{@event.Id}/unpublish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reserved = await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        await reserved.ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.EventNotFound);
    }

    [Fact]
    public async Task Should_show_a_renamed_event_in_the_offer_at_once()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Before Rename");
        await _organizer.CreateTicketTypeAsync(@event.Id);
        var offerRoute = $"api/ticketing/public/{TestData.OrgASlug}/events/{@event.Slug}/tickets";
        (await (await _buyer.GetAsync(offerRoute)).ShouldBeOkAsync<TicketOfferDto>()).EventTitle.ShouldBe("Before Rename");

        var renamed = TicketingApi.SampleEvent("After Rename", @event.Slug);
        (await _organizer.PutAsJsonAsync($"api/events/event/{@event.Id}", renamed)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await (await _buyer.GetAsync(offerRoute)).ShouldBeOkAsync<TicketOfferDto>()).EventTitle.ShouldBe("After Rename");
    }

    [Fact]
    public async Task Should_confirm_a_reservation_whose_event_is_no_longer_kept_in_memory()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Cold Confirm");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        // Past the catalog's lifetime, confirming must read the event from the database (on a connection of its own).
        factory.Clock.Advance(EventCatalogCache.Lifetime + TimeSpan.FromSeconds(1));
        var order = await _buyer.ConfirmAsync(TestData.OrgASlug, reservation);

        order.EventId.ShouldBe(@event.Id);
        order.Status.ShouldBe(OrderStatus.Confirmed);
        order.Tickets.Count.ShouldBe(1);
    }
}
