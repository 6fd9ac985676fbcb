using System.Net;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.AfterSale.Registrations;

[Collection(TicketingCollection.Name)]
public sealed class RegistrationTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_make_a_sold_out_ticket_type_buyable_again_when_the_organizer_cancels_an_order()
    {
        var sale = await _organizer.NewSaleAsync(quantity: 2);
        var order = await _buyer.BuyAsync(sale, quantity: 2);
        await (await _buyer.TryReserveAsync(TestData.OrgASlug, sale.Event.Slug, sale.Type.Id))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.SoldOut);

        var cancelled = await (await _organizer.CancelRegistrationAsync(order.Id)).ShouldBeOkAsync<OrderDto>();

        cancelled.Status.ShouldBe(OrderStatus.Cancelled);
        cancelled.Tickets.ShouldAllBe(t => t.Status == TicketStatus.Cancelled);
        await _buyer.ReserveAsync(TestData.OrgASlug, sale.Event.Slug, sale.Type.Id, quantity: 2);
    }

    [Fact]
    public async Task Should_give_one_seat_back_when_one_ticket_of_an_order_is_cancelled()
    {
        var sale = await _organizer.NewSaleAsync(quantity: 2);
        var order = await _buyer.BuyAsync(sale, quantity: 2);

        var changed = await (await _organizer.PostAsync($"api/ticketing/registrations/{order.Id}/tickets/{order.Tickets[0].Id}/cancel", null))
            .ShouldBeOkAsync<OrderDto>();

        changed.Status.ShouldBe(OrderStatus.Confirmed);
        changed.Tickets.Count(t => t.Status == TicketStatus.Valid).ShouldBe(1);
        await _buyer.ReserveAsync(TestData.OrgASlug, sale.Event.Slug, sale.Type.Id);
        await (await _buyer.TryReserveAsync(TestData.OrgASlug, sale.Event.Slug, sale.Type.Id))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.SoldOut);
    }

    [Fact]
    public async Task Should_find_registrations_by_attendee_email_buyer_name_and_number()
    {
        var sale = await _organizer.NewSaleAsync();
        var ada = await _buyer.BuyAsync(sale, buyerName: "Ada Lovelace", email: "ada@example.com");
        var grace = await _buyer.BuyAsync(sale, buyerName: "Grace Hopper", email: "grace@example.com");

        (await _organizer.ListRegistrationsAsync(sale.Event.Id, "&filter=hopper")).Select(r => r.Id).ShouldBe([grace.Id]);
        (await _organizer.ListRegistrationsAsync(sale.Event.Id, "&filter=" + ada.Number[^6..])).Select(r => r.Id).ShouldBe([ada.Id]);
        // Attendees are "Guest 1" with guest1@example.com in both orders (TicketingApi.Details).
        (await _organizer.ListRegistrationsAsync(sale.Event.Id, "&filter=GUEST1@example")).Length.ShouldBe(2);
        (await _organizer.ListRegistrationsAsync(sale.Event.Id, "&filter=nobody%25")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_filter_registrations_by_status_and_ticket_type()
    {
        var sale = await _organizer.NewSaleAsync();
        var other = await _organizer.CreateTicketTypeAsync(sale.Event.Id, TicketingApi.TicketType("VIP"));
        var regular = await _buyer.BuyAsync(sale);
        var vipReservation = await _buyer.ReserveAsync(TestData.OrgASlug, sale.Event.Slug, other.Id);
        var vip = await _buyer.ConfirmAsync(TestData.OrgASlug, vipReservation);
        await (await _organizer.CancelRegistrationAsync(regular.Id)).ShouldBeOkAsync<OrderDto>();

        (await _organizer.ListRegistrationsAsync(sale.Event.Id, "&status=Cancelled")).Select(r => r.Id).ShouldBe([regular.Id]);
        (await _organizer.ListRegistrationsAsync(sale.Event.Id, $"&ticketTypeId={other.Id}")).Select(r => r.Id).ShouldBe([vip.Id]);
        var page = await (await _organizer.GetAsync($"api/ticketing/events/{sale.Event.Id}/registrations?take=1"))
            .ShouldBeOkAsync<Platform.Application.PagedResult<Ticketing.Registrations.RegistrationListItemDto>>();
        page.TotalCount.ShouldBe(2);
        page.Items.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_reads_or_cancels_an_order()
    {
        var sale = await _organizer.NewSaleAsync();
        var order = await _buyer.BuyAsync(sale);
        var organizerB = factory.CreateClientFor(TestData.UserB, TestData.OrgB);

        await (await organizerB.GetAsync($"api/ticketing/registration/{order.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.OrderNotFound);
        await (await organizerB.CancelRegistrationAsync(order.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.OrderNotFound);
        await (await organizerB.GetAsync($"api/ticketing/events/{sale.Event.Id}/registrations"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.EventNotFound);
        (await (await _organizer.GetAsync($"api/ticketing/registration/{order.Id}")).ShouldBeOkAsync<OrderDto>()).Status.ShouldBe(OrderStatus.Confirmed);
    }

    [Fact]
    public async Task Should_mark_an_offline_order_paid()
    {
        var sale = await _organizer.NewSaleAsync(price: 25m);
        var order = await _buyer.BuyAsync(sale, paymentMethod: PaymentMethods.Offline);
        order.Status.ShouldBe(OrderStatus.PendingPayment);

        var paid = await (await _organizer.PostAsync($"api/ticketing/registration/{order.Id}/mark-paid", null)).ShouldBeOkAsync<OrderDto>();

        paid.Status.ShouldBe(OrderStatus.Confirmed);
        await (await _organizer.PostAsync($"api/ticketing/registration/{order.Id}/mark-paid", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrorCodes.NotPendingPayment);
    }

    [Fact]
    public async Task Should_refuse_registrations_to_members_without_the_permission()
    {
        var sale = await _organizer.NewSaleAsync();
        var attendee = factory.CreateClientFor(TestData.AttendeeA, TestData.OrgA);

        var response = await attendee.GetAsync($"api/ticketing/events/{sale.Event.Id}/registrations");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
