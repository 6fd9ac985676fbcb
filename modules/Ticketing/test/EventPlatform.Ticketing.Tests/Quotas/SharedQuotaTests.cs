using System.Net;
using System.Net.Http.Json;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Quotas;

[Collection(TicketingCollection.Name)]
public sealed class SharedQuotaTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_sell_out_both_types_when_their_shared_quota_of_three_is_taken()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var early = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Early Bird"));
        var regular = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Regular"));
        await _organizer.CreateSharedQuotaAsync(@event.Id, "Main hall", 3, early.Id, regular.Id);

        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, early.Id, quantity: 2);
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, regular.Id);

        var types = await _organizer.GetTicketTypesAsync(@event.Id);
        types.Select(t => t.Available).ShouldBe([0, 0]);
        await (await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, early.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.SoldOut);
        await (await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, regular.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.SoldOut);
    }

    [Fact]
    public async Task Should_list_every_quota_of_the_event_with_live_sold_and_held_figures()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Regular", quantity: 10));
        var shared = await _organizer.CreateSharedQuotaAsync(@event.Id, "Main hall", 5, type.Id);
        await _organizer.CreatePromoCodeAsync(@event.Id, new PromoCodeInput(OrganizerApi.NewCode(), PromoCodeKind.Percentage, 10, UsageLimit: 4));
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, quantity: 2);
        await _buyer.ConfirmAsync(TestData.OrgASlug, reservation);
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        var quotas = await _organizer.GetQuotasAsync(@event.Id);

        quotas.Select(q => q.Kind).ShouldBe([QuotaKind.TicketType, QuotaKind.Shared, QuotaKind.PromoCode]);
        var own = quotas[0];
        (own.Size, own.Sold, own.Held, own.Available).ShouldBe((10, 2, 1, 7));
        var hall = quotas.Single(q => q.Id == shared.Id);
        (hall.Size, hall.Sold, hall.Held, hall.Available).ShouldBe((5, 2, 1, 2));
        hall.TicketTypeIds.ShouldBe([type.Id]);
    }

    [Fact]
    public async Task Should_stop_counting_an_expired_hold_in_the_quota_list()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var shared = await _organizer.CreateSharedQuotaAsync(@event.Id, "Main hall", 5, type.Id);
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, quantity: 2);

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var hall = (await _organizer.GetQuotasAsync(@event.Id)).Single(q => q.Id == shared.Id);

        (hall.Held, hall.Available).ShouldBe((0, 5));
    }

    [Fact]
    public async Task Should_resize_relink_and_rename_a_shared_quota()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var first = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("First"));
        var second = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Second"));
        var shared = await _organizer.CreateSharedQuotaAsync(@event.Id, "Hall", 3, first.Id);

        var updated = await (await _organizer.PutAsJsonAsync(OrganizerApi.QuotaRoute(shared.Id), new QuotaInput("Big hall", 1, [second.Id])))
            .ShouldBeOkAsync<QuotaDto>();

        (updated.Name, updated.Size).ShouldBe(("Big hall", 1));
        updated.TicketTypeIds.ShouldBe([second.Id]);
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, second.Id);
        await (await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, second.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.SoldOut);
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, first.Id, quantity: 5);
    }

    [Fact]
    public async Task Should_refuse_to_shrink_a_shared_quota_below_what_is_sold_and_held()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var shared = await _organizer.CreateSharedQuotaAsync(@event.Id, "Hall", 5, type.Id);
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, quantity: 3);

        var response = await _organizer.PutAsJsonAsync(OrganizerApi.QuotaRoute(shared.Id), new QuotaInput("Hall", 2, [type.Id]));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.QuantityBelowTaken);
        (await _organizer.GetQuotasAsync(@event.Id)).Single(q => q.Id == shared.Id).Size.ShouldBe(5);
    }

    [Fact]
    public async Task Should_refuse_to_link_a_ticket_type_of_another_event()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var other = await _organizer.CreatePublishedEventAsync("Other Summit");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var foreign = await _organizer.CreateTicketTypeAsync(other.Id);

        var response = await _organizer.PostAsJsonAsync(OrganizerApi.QuotasRoute(@event.Id), new QuotaInput("Hall", 5, [type.Id, foreign.Id]));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.TicketTypeNotFound);
    }

    [Fact]
    public async Task Should_refuse_to_delete_a_shared_quota_while_a_reservation_holds_seats_of_it()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var shared = await _organizer.CreateSharedQuotaAsync(@event.Id, "Hall", 5, type.Id);
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        var response = await _organizer.DeleteAsync(OrganizerApi.QuotaRoute(shared.Id));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.QuotaInUse);
    }

    [Fact]
    public async Task Should_lift_the_limit_when_a_shared_quota_is_deleted()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var shared = await _organizer.CreateSharedQuotaAsync(@event.Id, "Hall", 1, type.Id);
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);
        await _buyer.ConfirmAsync(TestData.OrgASlug, reservation);

        (await _organizer.DeleteAsync(OrganizerApi.QuotaRoute(shared.Id))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _organizer.GetQuotasAsync(@event.Id)).ShouldNotContain(q => q.Id == shared.Id);
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, quantity: 3);
    }

    [Fact]
    public async Task Should_refuse_to_change_or_delete_a_ticket_types_own_quota()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var own = (await _organizer.GetQuotasAsync(@event.Id)).Single(q => q.Kind == QuotaKind.TicketType);

        await (await _organizer.DeleteAsync(OrganizerApi.QuotaRoute(own.Id))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.QuotaNotShared);
        await (await _organizer.PutAsJsonAsync(OrganizerApi.QuotaRoute(own.Id), new QuotaInput("Own", 1, [type.Id])))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.QuotaNotShared);
    }

    [Fact]
    public async Task Should_answer_400_with_field_errors_for_an_invalid_quota()
    {
        var @event = await _organizer.CreatePublishedEventAsync();

        var response = await _organizer.PostAsJsonAsync(OrganizerApi.QuotasRoute(@event.Id), new QuotaInput("", -1, []));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["name", "size", "ticketTypeIds"], ignoreOrder: true);
    }
}
