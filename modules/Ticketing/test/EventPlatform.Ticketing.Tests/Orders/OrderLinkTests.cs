using System.Net;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Tests.AfterSale.Orders;

[Collection(TicketingCollection.Name)]
public sealed class OrderLinkTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_show_the_order_with_its_event_to_the_holder_of_the_link()
    {
        var sale = await _organizer.NewSaleAsync();
        var order = await _buyer.BuyAsync(sale, quantity: 2);

        var seen = await (await _buyer.GetOrderAsync(TestData.OrgASlug, order.Number, order.AccessToken)).ShouldBeOkAsync<AttendeeOrderDto>();

        seen.Order.Id.ShouldBe(order.Id);
        seen.EventTitle.ShouldBe(sale.Event.Title);
        seen.Order.Tickets.Count.ShouldBe(2);
        seen.CanCancel.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_answer_404_for_a_wrong_access_token()
    {
        var order = await _buyer.BuyAsync(await _organizer.NewSaleAsync());
        var wrong = new string('A', order.AccessToken.Length);

        await (await _buyer.GetOrderAsync(TestData.OrgASlug, order.Number, wrong)).ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.OrderNotFound);
        await (await _buyer.TransferAsync(TestData.OrgASlug, order, order.Tickets[0].Id, "Eve", "eve@example.com", token: wrong))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.OrderNotFound);
    }

    [Fact]
    public async Task Should_answer_404_for_an_order_number_under_another_organization()
    {
        var order = await _buyer.BuyAsync(await _organizer.NewSaleAsync());

        var response = await _buyer.GetOrderAsync(TestData.OrgBSlug, order.Number, order.AccessToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.OrderNotFound);
    }

    [Fact]
    public async Task Should_give_a_transferred_ticket_a_new_code_so_the_old_code_finds_nothing()
    {
        var order = await _buyer.BuyAsync(await _organizer.NewSaleAsync());
        var ticket = order.Tickets[0];

        var changed = await (await _buyer.TransferAsync(TestData.OrgASlug, order, ticket.Id, "Grace Hopper", "grace.transfer@example.com"))
            .ShouldBeOkAsync<AttendeeOrderDto>();

        var transferred = changed.Order.Tickets.Single(t => t.Id == ticket.Id);
        transferred.AttendeeName.ShouldBe("Grace Hopper");
        transferred.Code.ShouldNotBe(ticket.Code);
        (await TicketIdByCodeAsync(ticket.Code)).ShouldBeNull();
        (await TicketIdByCodeAsync(transferred.Code)).ShouldBe(ticket.Id);
        var mail = await factory.Mailbox.WaitForAsync("grace.transfer@example.com");
        (mail.TextBody ?? "").ShouldContain(transferred.Code);
    }

    [Fact]
    public async Task Should_refuse_a_transfer_to_an_invalid_email_address()
    {
        var order = await _buyer.BuyAsync(await _organizer.NewSaleAsync());

        var response = await _buyer.TransferAsync(TestData.OrgASlug, order, order.Tickets[0].Id, "Grace", "not-an-address");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_cancel_a_free_order_through_the_link_and_give_its_seat_back()
    {
        var sale = await _organizer.NewSaleAsync(quantity: 1);
        var order = await _buyer.BuyAsync(sale);

        var cancelled = await (await _buyer.CancelOrderLinkAsync(TestData.OrgASlug, order)).ShouldBeOkAsync<AttendeeOrderDto>();

        cancelled.Order.Status.ShouldBe(OrderStatus.Cancelled);
        await _buyer.ReserveAsync(TestData.OrgASlug, sale.Event.Slug, sale.Type.Id);
    }

    [Fact]
    public async Task Should_turn_cancelling_a_paid_order_into_a_refund_request()
    {
        var sale = await _organizer.NewSaleAsync(price: 40m);
        var order = await _buyer.BuyAsync(sale, paymentMethod: PaymentMethods.Offline);
        await (await _organizer.PostAsync($"api/ticketing/registration/{order.Id}/mark-paid", null)).ShouldBeOkAsync<OrderDto>();

        var after = await (await _buyer.CancelOrderLinkAsync(TestData.OrgASlug, order)).ShouldBeOkAsync<AttendeeOrderDto>();

        after.Order.Status.ShouldBe(OrderStatus.Confirmed);
        after.Order.RefundRequestedAt.ShouldNotBeNull();
        after.CanRequestRefund.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_cancel_an_unpaid_offline_order_through_the_link()
    {
        var sale = await _organizer.NewSaleAsync(price: 40m);
        var order = await _buyer.BuyAsync(sale, paymentMethod: PaymentMethods.Offline);

        var after = await (await _buyer.CancelOrderLinkAsync(TestData.OrgASlug, order)).ShouldBeOkAsync<AttendeeOrderDto>();

        after.Order.Status.ShouldBe(OrderStatus.Cancelled);
    }

    private Task<Guid?> TicketIdByCodeAsync(string code) =>
        factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<TicketingDbContext>().Tickets
            .Where(t => t.Code == code).Select(t => (Guid?)t.Id).FirstOrDefaultAsync());
}
