using EventPlatform.Platform.Events;
using EventPlatform.Platform.Jobs;

namespace EventPlatform.Ticketing.Orders.Email;

/// <summary>
/// Queues the confirmation e-mails of the orders an outbox pass delivers, one job for all of them: during an on-sale a job
/// per order would cost more database work than the order itself. The job retries on its own if mail is down.
/// An order waiting for an online payment gets its mail when it is paid (<see cref="OrderPaid"/>), not before.
/// </summary>
public sealed class OrderPlacedEmailHandler(IBackgroundJobs jobs) : IIntegrationEventBatchHandler<OrderPlaced>, IIntegrationEventBatchHandler<OrderPaid>
{
    public Task HandleAsync(IReadOnlyList<OrderPlaced> integrationEvents, CancellationToken cancellationToken) =>
        Enqueue(integrationEvents.Select(e => e.OrderId));

    public Task HandleAsync(IReadOnlyList<OrderPaid> integrationEvents, CancellationToken cancellationToken) =>
        Enqueue(integrationEvents.Select(e => e.OrderId));

    private Task Enqueue(IEnumerable<Guid> orderIds)
    {
        jobs.Enqueue<SendOrderConfirmationsJob, OrderBatchEmailArgs>(new OrderBatchEmailArgs([.. orderIds]));
        return Task.CompletedTask;
    }
}
