using EventPlatform.Payments.Payments;
using EventPlatform.Platform.Events;

namespace EventPlatform.Ticketing.Orders;

/// <summary>
/// The refund policy on the registration's side: an order whose money went back in full is cancelled and its seats are
/// given back (a partial refund leaves the order as it is). Idempotent: a cancelled order stays cancelled.
/// </summary>
public sealed class FullRefundCancellation(OrderCancellation cancellation) : IIntegrationEventHandler<PaymentRefunded>
{
    public async Task HandleAsync(PaymentRefunded integrationEvent, CancellationToken cancellationToken)
    {
        if (!integrationEvent.FullyRefunded) return;
        var order = await cancellation.LoadAsync(integrationEvent.OrderId, cancellationToken);
        await cancellation.CancelOrderAsync(order, cancellationToken: cancellationToken);
    }
}
