using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.AfterSale.Orders;

[Collection(TicketingCollection.Name)]
public sealed class MyTicketsTests(TicketingTestFactory factory)
{
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_list_the_users_orders_of_two_organizations_and_nobody_elses()
    {
        var inA = await factory.CreateClientFor(TestData.AdminA, TestData.OrgA).NewSaleAsync();
        var inB = await factory.CreateClientFor(TestData.UserB, TestData.OrgB).NewSaleAsync();
        var email = TestData.EmailOf(TestData.StaffA);
        var orderA = await _buyer.BuyAsync(inA, email: email.ToUpperInvariant());
        var orderB = await _buyer.BuyAsync(inB, org: TestData.OrgBSlug, email: email);
        var someoneElses = await _buyer.BuyAsync(inA, email: "someone.else@example.com");

        var mine = await (await factory.CreateClientFor(TestData.StaffA).GetAsync("api/ticketing/my/tickets")).ShouldBeOkAsync<List<MyOrderDto>>();

        mine.Select(o => o.OrderId).ShouldBe([orderA.Id, orderB.Id], ignoreOrder: true);
        mine.Single(o => o.OrderId == orderB.Id).OrganizationSlug.ShouldBe(TestData.OrgBSlug);
        mine.ShouldNotContain(o => o.OrderId == someoneElses.Id);
    }

    [Fact]
    public async Task Should_list_an_order_placed_while_signed_in_under_another_email()
    {
        var sale = await factory.CreateClientFor(TestData.AdminA, TestData.OrgA).NewSaleAsync();
        var signedIn = factory.CreateClientFor(TestData.GuestA);
        var order = await signedIn.BuyAsync(sale, email: "guest.other@example.com");

        var mine = await (await signedIn.GetAsync("api/ticketing/my/tickets")).ShouldBeOkAsync<List<MyOrderDto>>();

        mine.ShouldContain(o => o.OrderId == order.Id);
    }
}
