using EventPlatform.Platform.Events;
using EventPlatform.Platform.Jobs;

namespace EventPlatform.Ticketing.Orders.Email;

/// <summary>Queues the confirmation e-mail once the order is committed; the job retries on its own if mail is down.</summary>
public sealed class OrderPlacedEmailHandler(IBackgroundJobs jobs) : IIntegrationEventHandler<OrderPlaced>
{
    public Task HandleAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken)
    {
        jobs.Enqueue<SendOrderConfirmationJob, OrderEmailArgs>(new OrderEmailArgs(integrationEvent.OrderId));
        return Task.CompletedTask;
    }
}
