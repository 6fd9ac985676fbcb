using System.Net;
using System.Net.Http.Json;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.PromoCodes;

/// <summary>Usage limits: a quota of kind PromoCode taken once per order by the reservation engine.</summary>
[Collection(TicketingCollection.Name)]
public sealed class PromoCodeLimitTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_yield_one_use_when_twenty_buyers_race_for_a_single_use_code()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(price: 10m, quantity: 100));
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 50, UsageLimit: 1));
        var buyers = Enumerable.Range(0, 20).Select(_ => factory.CreateClientFor()).ToList();

        var responses = await Task.WhenAll(buyers.Select(b => b.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, code: code.Code)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.PromoCodeUsedUp);
        }

        (await _organizer.GetPromoCodesAsync(@event.Id)).Single().Used.ShouldBe(1);
    }

    [Fact]
    public async Task Should_take_one_use_per_order_whatever_its_ticket_count()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 10, UsageLimit: 2));
        var buyer = factory.CreateClientFor();

        var reservation = await buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, quantity: 4, code: code.Code);
        await buyer.ConfirmAsync(TestData.OrgASlug, reservation);

        var listed = (await _organizer.GetPromoCodesAsync(@event.Id)).Single();
        (listed.UsageLimit, listed.Used).ShouldBe((2, 1));
    }

    [Fact]
    public async Task Should_count_uses_of_a_code_without_a_limit()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 10));
        var buyer = factory.CreateClientFor();
        await buyer.ConfirmAsync(TestData.OrgASlug, await buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, code: code.Code));
        await buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, code: code.Code);

        (await _organizer.GetPromoCodesAsync(@event.Id)).Single().Used.ShouldBe(2);
    }

    [Fact]
    public async Task Should_refuse_to_lower_the_usage_limit_below_the_uses()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 10, UsageLimit: 3));
        var buyer = factory.CreateClientFor();
        await buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, code: code.Code);
        await buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, code: code.Code);

        var response = await _organizer.PutAsJsonAsync(OrganizerApi.PromoCodeRoute(code.Id), new PromoCodeInput(code.Code, code.Kind, code.Value, UsageLimit: 1));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.QuantityBelowTaken);
    }

    [Fact]
    public async Task Should_add_and_lift_a_usage_limit_on_update()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 10));
        var buyer = factory.CreateClientFor();

        await (await _organizer.PutAsJsonAsync(OrganizerApi.PromoCodeRoute(code.Id), new PromoCodeInput(code.Code, code.Kind, 10, UsageLimit: 1))).ShouldBeOkAsync<PromoCodeDto>();
        await buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, code: code.Code);
        var usedUp = await buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, code: code.Code);
        await (await _organizer.PutAsJsonAsync(OrganizerApi.PromoCodeRoute(code.Id), new PromoCodeInput(code.Code, code.Kind, 10))).ShouldBeOkAsync<PromoCodeDto>();
        var unlimited = await buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, code: code.Code);

        await usedUp.ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.PromoCodeUsedUp);
        await unlimited.ShouldBeOkAsync<ReservationDto>();
    }
}
