using System.Net;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Ticketing.TicketTypes;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.PromoCodes;

/// <summary>What codes do to a buyer's reservation: discounts, unlocking hidden types, promo-only types.</summary>
[Collection(TicketingCollection.Name)]
public sealed class PromoCodeDiscountTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_take_the_percentage_off_each_ticket_of_the_reservation()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(price: 49.99m));
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 20));

        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, quantity: 2, code: code.Code.ToLowerInvariant());

        reservation.Lines.Single().Discount.ShouldBe(10.00m);
        reservation.Total.ShouldBe(79.98m);
        reservation.Code.ShouldBe(code.Code);
    }

    [Fact]
    public async Task Should_take_a_fixed_amount_off_each_ticket_but_never_below_zero()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var regular = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Regular", price: 30m));
        var cheap = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Student", price: 5m));
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.FixedAmount, 7.5m));

        var first = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, regular.Id, quantity: 3, code: code.Code);
        var second = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, cheap.Id, code: code.Code);

        first.Total.ShouldBe(67.50m);
        second.Lines.Single().Discount.ShouldBe(5m);
        second.Total.ShouldBe(0m);
    }

    [Fact]
    public async Task Should_discount_only_the_ticket_types_the_code_names()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var named = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Named", price: 10m));
        var other = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Other", price: 10m));
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 50, [named.Id]));

        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, other.Id, code: code.Code);

        reservation.Total.ShouldBe(10m);
    }

    [Fact]
    public async Task Should_unlock_a_hidden_ticket_type_with_an_access_code()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var hidden = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Press") with { Visibility = TicketTypeVisibility.Hidden });
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode("PRESS"), PromoCodeKind.Access, 0, [hidden.Id]));

        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, hidden.Id, code: code.Code);

        reservation.Lines.Single().TicketTypeId.ShouldBe(hidden.Id);
    }

    [Fact]
    public async Task Should_not_find_a_hidden_ticket_type_without_its_access_code()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var hidden = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Press") with { Visibility = TicketTypeVisibility.Hidden });
        await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode("PRESS"), PromoCodeKind.Access, 0, [hidden.Id]));

        var response = await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, hidden.Id);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.TicketTypeNotFound);
    }

    [Fact]
    public async Task Should_require_a_promo_code_for_a_promo_only_ticket_type()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var promoOnly = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Partner", price: 20m) with { Visibility = TicketTypeVisibility.PromoOnly });
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 10, [promoOnly.Id]));

        var without = await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, promoOnly.Id);
        var with = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, promoOnly.Id, code: code.Code);

        await without.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.PromoCodeRequired);
        with.Total.ShouldBe(18m);
    }

    [Fact]
    public async Task Should_refuse_an_inactive_code()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(price: 10m));
        var code = await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 10, IsActive: false));

        var response = await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, code: code.Code);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.PromoCodeInvalid);
    }
}
