using EventPlatform.Platform.Events;
using EventPlatform.Platform.Jobs;

namespace EventPlatform.Ticketing.Orders.Email;

/// <summary>
/// Queues the confirmation e-mails of the orders an outbox pass delivers, one job for all of them: during an on-sale a job
/// per order would cost more database work than the order itself. The job retries on its own if mail is down.
/// </summary>
public sealed class OrderPlacedEmailHandler(IBackgroundJobs jobs) : IIntegrationEventBatchHandler<OrderPlaced>
{
    public Task HandleAsync(IReadOnlyList<OrderPlaced> integrationEvents, CancellationToken cancellationToken)
    {
        jobs.Enqueue<SendOrderConfirmationsJob, OrderBatchEmailArgs>(new OrderBatchEmailArgs([.. integrationEvents.Select(e => e.OrderId)]));
        return Task.CompletedTask;
    }
}
