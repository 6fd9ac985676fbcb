using EventPlatform.Platform.Email;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Orders.Email;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Tests.AfterSale.Registrations;

/// <summary>The confirmations of many orders go out in one job (<see cref="SendOrderConfirmationsJob"/>), each exactly once.</summary>
[Collection(TicketingCollection.Name)]
public sealed class ConfirmationBatchTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    private async Task<(Guid Id, string Number, string Email)[]> TwoConfirmedOrdersAsync()
    {
        var sale = await _organizer.NewSaleAsync();
        var orders = new List<(Guid, string, string)>();
        for (var i = 0; i < 2; i++)
        {
            var email = $"batch-{Guid.NewGuid():N}@example.com";
            var order = await _buyer.BuyAsync(sale, email: email);
            await factory.Mailbox.WaitForAsync(email, order.Number);
            orders.Add((order.Id, order.Number, email));
        }

        return [.. orders];
    }

    private Task RunJobAsync(IReadOnlyList<Guid> orderIds, IEmailSender? sender = null) =>
        factory.InTenantAsync(TestData.OrgA, sp =>
        {
            var confirmations = sender is null
                ? sp.GetRequiredService<OrderConfirmationSender>()
                : ActivatorUtilities.CreateInstance<OrderConfirmationSender>(sp, sender);
            return ActivatorUtilities.CreateInstance<SendOrderConfirmationsJob>(sp, confirmations).ExecuteAsync(new OrderBatchEmailArgs([.. orderIds]), CancellationToken.None);
        });

    private Task<DateTimeOffset?> SentAtAsync(Guid orderId) =>
        factory.InTenantAsync(TestData.OrgA, sp =>
            sp.GetRequiredService<TicketingDbContext>().Orders.Where(o => o.Id == orderId).Select(o => o.ConfirmationSentAt).SingleAsync());

    [Fact]
    public async Task Should_not_send_a_confirmation_again_when_the_job_runs_again()
    {
        var orders = await TwoConfirmedOrdersAsync();
        (await SentAtAsync(orders[0].Id)).ShouldNotBeNull();

        await RunJobAsync([.. orders.Select(o => o.Id)]);

        foreach (var order in orders)
        {
            (await factory.Mailbox.ToAsync(order.Email)).Count.ShouldBe(1);
        }
    }

    [Fact]
    public async Task Should_send_the_others_when_one_fails_and_only_the_failed_one_on_the_retry()
    {
        var orders = await TwoConfirmedOrdersAsync();
        var ids = orders.Select(o => o.Id).ToList();
        await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<TicketingDbContext>().Orders
            .Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(o => o.SetProperty(x => x.ConfirmationSentAt, (DateTimeOffset?)null)));
        var failing = new FailingFor(orders[0].Email, factory.Services.GetRequiredService<IEmailSender>());

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => RunJobAsync(ids, failing));

        failure.Message.ShouldContain("1 of 2");
        (await SentAtAsync(orders[0].Id)).ShouldBeNull();
        (await SentAtAsync(orders[1].Id)).ShouldNotBeNull();
        (await factory.Mailbox.ToAsync(orders[1].Email)).Count.ShouldBe(2);

        await RunJobAsync(ids);

        (await factory.Mailbox.ToAsync(orders[0].Email)).Count.ShouldBe(2);
        (await factory.Mailbox.ToAsync(orders[1].Email)).Count.ShouldBe(2, "the retry skips the order whose mail went out");
        (await SentAtAsync(orders[0].Id)).ShouldNotBeNull();
    }

    /// <summary>A mail server that refuses one address and delivers the rest.</summary>
    private sealed class FailingFor(string address, IEmailSender inner) : IEmailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) =>
            message.To == address ? throw new InvalidOperationException("Mailbox unavailable") : inner.SendAsync(message, cancellationToken);
    }
}
