using System.Net;
using System.Net.Http.Json;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Reservations;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Ticketing.Waitlist;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Tests.AfterSale.Waitlist;

[Collection(TicketingCollection.Name)]
public sealed class WaitlistTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_refuse_joining_while_tickets_are_left()
    {
        var sale = await _organizer.NewSaleAsync(quantity: 5, waitlist: true);

        var response = await _buyer.JoinWaitlistAsync(sale, "Ada", "ada@example.com");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrorCodes.WaitlistNotOpen);
    }

    [Fact]
    public async Task Should_refuse_the_same_email_twice_on_one_ticket_type()
    {
        var sale = await SoldOutAsync();
        await (await _buyer.JoinWaitlistAsync(sale, "Ada", "ada.wait@example.com")).ShouldBeOkAsync<WaitlistEntryDto>();

        var again = await _buyer.JoinWaitlistAsync(sale, "Ada L.", "ADA.wait@example.com");

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrorCodes.WaitlistAlreadyJoined);
    }

    [Fact]
    public async Task Should_offer_a_freed_seat_to_the_first_person_waiting_with_a_checkout_link()
    {
        var sale = await SoldOutAsync();
        var sold = (await _organizer.ListRegistrationsAsync(sale.Event.Id)).Single();
        var first = $"first-{Guid.NewGuid():N}@example.com";
        await (await _buyer.JoinWaitlistAsync(sale, "First", first)).ShouldBeOkAsync<WaitlistEntryDto>();
        await (await _buyer.JoinWaitlistAsync(sale, "Second", "second@example.com")).ShouldBeOkAsync<WaitlistEntryDto>();

        await (await _organizer.CancelRegistrationAsync(sold.Id)).ShouldBeOkAsync<OrderDto>();

        var entries = await _organizer.WaitForWaitlistAsync(sale.Event.Id, l => l.Any(e => e.Status == WaitlistStatus.Offered));
        entries.Single(e => e.Email == first).Status.ShouldBe(WaitlistStatus.Offered);
        entries.Single(e => e.Email == "second@example.com").Status.ShouldBe(WaitlistStatus.Waiting);
        var link = TestMailbox.LinkIn(await factory.Mailbox.WaitForAsync(first), $"/o/{TestData.OrgASlug}/checkout/");
        var reservation = await OfferedReservationAsync(entries.Single(e => e.Email == first).Id);
        link.ShouldEndWith($"/checkout/{reservation.Id}?t={reservation.Token}");
        // The seat is theirs: nobody else can buy it meanwhile.
        await (await _buyer.TryReserveAsync(TestData.OrgASlug, sale.Event.Slug, sale.Type.Id))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.SoldOut);
    }

    [Fact]
    public async Task Should_offer_the_seat_to_the_next_person_when_an_offer_expires()
    {
        var sale = await SoldOutAsync();
        var sold = (await _organizer.ListRegistrationsAsync(sale.Event.Id)).Single();
        var first = $"first-{Guid.NewGuid():N}@example.com";
        var second = $"second-{Guid.NewGuid():N}@example.com";
        await (await _buyer.JoinWaitlistAsync(sale, "First", first)).ShouldBeOkAsync<WaitlistEntryDto>();
        await (await _buyer.JoinWaitlistAsync(sale, "Second", second)).ShouldBeOkAsync<WaitlistEntryDto>();
        await (await _organizer.CancelRegistrationAsync(sold.Id)).ShouldBeOkAsync<OrderDto>();
        await _organizer.WaitForWaitlistAsync(sale.Event.Id, l => l.Any(e => e.Status == WaitlistStatus.Offered));
        // The mover that offered the first seat looks for a second one after that: it must be done before the clock jumps.
        await factory.WaitForOutboxAsync();

        factory.Clock.Advance(TimeSpan.FromHours(25));
        await factory.SweepExpiredHoldsAsync();

        var entries = await _organizer.WaitForWaitlistAsync(sale.Event.Id, l => l.Any(e => e.Email == second && e.Status == WaitlistStatus.Offered));
        entries.Single(e => e.Email == first).Status.ShouldBe(WaitlistStatus.Expired);
        var link = TestMailbox.LinkIn(await factory.Mailbox.WaitForAsync(second), $"/o/{TestData.OrgASlug}/checkout/");
        var reservation = await OfferedReservationAsync(entries.Single(e => e.Email == second).Id);
        link.ShouldEndWith($"/checkout/{reservation.Id}?t={reservation.Token}");
    }

    [Fact]
    public async Task Should_mark_the_entry_booked_when_the_offered_reservation_is_confirmed()
    {
        var sale = await SoldOutAsync();
        var sold = (await _organizer.ListRegistrationsAsync(sale.Event.Id)).Single();
        var joined = await (await _buyer.JoinWaitlistAsync(sale, "First", "first@example.com")).ShouldBeOkAsync<WaitlistEntryDto>();
        await (await _organizer.CancelRegistrationAsync(sold.Id)).ShouldBeOkAsync<OrderDto>();
        await _organizer.WaitForWaitlistAsync(sale.Event.Id, l => l.Any(e => e.Status == WaitlistStatus.Offered));
        var offered = await OfferedReservationAsync(joined.Id);
        var reservation = await (await _buyer.GetAsync($"api/ticketing/public/{TestData.OrgASlug}/reservations/{offered.Id}?token={offered.Token}"))
            .ShouldBeOkAsync<EventPlatform.Ticketing.Checkout.ReservationDto>();

        await _buyer.ConfirmAsync(TestData.OrgASlug, reservation);

        (await _organizer.WaitlistAsync(sale.Event.Id)).Single().Status.ShouldBe(WaitlistStatus.Booked);
    }

    [Fact]
    public async Task Should_let_the_organizer_offer_seats_after_raising_the_quantity()
    {
        var sale = await SoldOutAsync();
        var joined = await (await _buyer.JoinWaitlistAsync(sale, "First", "first@example.com")).ShouldBeOkAsync<WaitlistEntryDto>();
        await (await _organizer.PutAsJsonAsync($"api/ticketing/ticket-type/{sale.Type.Id}", TicketingApi.TicketType(quantity: 2) with { WaitlistEnabled = true }))
            .ShouldBeOkAsync<TicketTypes.TicketTypeDto>();

        var offers = await (await _organizer.PostAsync($"api/ticketing/ticket-types/{sale.Type.Id}/waitlist/offer-next", null)).ShouldBeOkAsync<int>();

        offers.ShouldBe(1);
        (await _organizer.WaitlistAsync(sale.Event.Id)).Single(e => e.Id == joined.Id).Status.ShouldBe(WaitlistStatus.Offered);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_reads_the_waitlist()
    {
        var sale = await SoldOutAsync();
        var organizerB = factory.CreateClientFor(TestData.UserB, TestData.OrgB);

        var response = await organizerB.GetAsync($"api/ticketing/events/{sale.Event.Id}/waitlist");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.EventNotFound);
    }

    /// <summary>A waitlist-enabled type of one ticket, sold.</summary>
    private async Task<OrdersApi.Sale> SoldOutAsync()
    {
        var sale = await _organizer.NewSaleAsync(quantity: 1, waitlist: true);
        await _buyer.BuyAsync(sale);
        return sale;
    }

    private Task<Domain.Reservation> OfferedReservationAsync(Guid entryId) =>
        factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<TicketingDbContext>().Reservations.AsNoTracking()
            .SingleAsync(r => r.WaitlistEntryId == entryId));
}
