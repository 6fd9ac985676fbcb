using System.Net;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Checkout;

[Collection(TicketingCollection.Name)]
public sealed class CheckoutPageTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_show_the_ticket_types_in_the_public_event_page_slot()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Festival pass", 49m, 3));

        var html = await _buyer.GetHtmlAsync(EventPath(@event.Slug));

        html.ShouldContain("id=\"tickets\"");
        html.ShouldContain("Festival pass");
        html.ShouldContain("49.00 EUR");
        html.ShouldContain("Only 3 left");
        html.ShouldContain($"action=\"{EventPath(@event.Slug)}/reserve\"");
    }

    [Fact]
    public async Task Should_leave_the_event_page_without_a_ticket_box_when_the_event_sells_no_tickets()
    {
        var @event = await _organizer.CreatePublishedEventAsync();

        var html = await _buyer.GetHtmlAsync(EventPath(@event.Slug));

        html.ShouldNotContain("id=\"tickets\"");
    }

    [Fact]
    public async Task Should_reserve_once_when_the_reserve_form_is_posted_twice()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(quantity: 10));
        var html = await _buyer.GetHtmlAsync(EventPath(@event.Slug));
        var form = ReserveForm(html, type.Id, 2);

        var first = await _buyer.PostFormAsync(EventPath(@event.Slug) + "/reserve", form);
        var second = await _buyer.PostFormAsync(EventPath(@event.Slug) + "/reserve", form);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        var offer = await (await _buyer.GetAsync($"api/ticketing/public/{TestData.OrgASlug}/events/{@event.Slug}/tickets")).ShouldBeOkAsync<TicketOfferDto>();
        offer.TicketTypes.Single().Available.ShouldBe(8);
    }

    [Fact]
    public async Task Should_keep_the_reservation_token_in_an_http_only_cookie_of_that_checkout_only()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var html = await _buyer.GetHtmlAsync(EventPath(@event.Slug));

        var response = await _buyer.PostFormAsync(EventPath(@event.Slug) + "/reserve", ReserveForm(html, type.Id, 1));

        var location = response.Headers.Location!.ToString();
        location.ShouldMatch($"^/o/{TestData.OrgASlug}/checkout/[0-9a-f-]{{36}}$");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ep_res_", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        cookie.ShouldContain($"path={location.ToLowerInvariant()}");
        location.ShouldNotContain(cookie.Split(';')[0].Split('=')[1]);
    }

    [Fact]
    public async Task Should_send_a_sold_out_refusal_back_to_the_ticket_box()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(quantity: 2));
        var html = await _buyer.GetHtmlAsync(EventPath(@event.Slug));
        await factory.CreateClientFor().ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, 2);

        var response = await _buyer.PostFormAsync(EventPath(@event.Slug) + "/reserve", ReserveForm(html, type.Id, 1));

        response.Headers.Location!.ToString().ShouldBe(EventPath(@event.Slug) + "#tickets");
        var back = await _buyer.GetHtmlAsync(EventPath(@event.Slug));
        back.ShouldContain("role=\"alert\"");
        back.ShouldContain("is sold out");
    }

    [Fact]
    public async Task Should_show_the_released_page_once_the_reservation_has_expired()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var html = await _buyer.GetHtmlAsync(EventPath(@event.Slug));
        var checkout = (await _buyer.PostFormAsync(EventPath(@event.Slug) + "/reserve", ReserveForm(html, type.Id, 1))).Headers.Location!.ToString();

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var page = await _buyer.GetHtmlAsync(checkout);

        page.ShouldContain("Your reservation has expired");
        page.ShouldNotContain("id=\"checkout-form\"");
    }

    [Fact]
    public async Task Should_not_show_a_checkout_to_a_browser_without_its_cookie()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        var response = await factory.CreateClientFor().GetAsync($"/o/{TestData.OrgASlug}/checkout/{reservation.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string EventPath(string slug) => $"/o/{TestData.OrgASlug}/e/{slug}";

    private static List<KeyValuePair<string, string>> ReserveForm(string html, Guid ticketTypeId, int quantity) =>
    [
        new("__RequestVerificationToken", CheckoutForms.Token(html)),
        new("IdempotencyKey", CheckoutForms.IdempotencyKey(html)),
        new("Lines[0].TicketTypeId", ticketTypeId.ToString()),
        new("Lines[0].Quantity", quantity.ToString()),
    ];
}
