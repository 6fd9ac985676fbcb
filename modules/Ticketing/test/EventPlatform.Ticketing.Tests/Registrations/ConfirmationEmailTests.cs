using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.AfterSale.Registrations;

[Collection(TicketingCollection.Name)]
public sealed class ConfirmationEmailTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_send_the_confirmation_with_the_order_link_through_a_job_once_the_order_is_placed()
    {
        var sale = await _organizer.NewSaleAsync();
        var email = $"buyer-{Guid.NewGuid():N}@example.com";

        var order = await _buyer.BuyAsync(sale, email: email);

        var mail = await factory.Mailbox.WaitForAsync(email, order.Number);
        TestMailbox.LinkIn(mail, $"/o/{TestData.OrgASlug}/orders/{order.Number}").ShouldEndWith($"?t={order.AccessToken}");
    }

    [Fact]
    public async Task Should_send_the_confirmation_again_when_the_organizer_resends_it()
    {
        var sale = await _organizer.NewSaleAsync();
        var email = $"buyer-{Guid.NewGuid():N}@example.com";
        var order = await _buyer.BuyAsync(sale, email: email);
        await factory.Mailbox.WaitForAsync(email, order.Number);

        (await _organizer.PostAsync($"api/ticketing/registration/{order.Id}/resend", null)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent);

        await factory.Mailbox.WaitForAsync(email, order.Number, skip: 1);
    }
}
