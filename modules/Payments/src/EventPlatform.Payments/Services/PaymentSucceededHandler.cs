using EventPlatform.Payments.Payments;
using EventPlatform.Platform.Events;

namespace EventPlatform.Payments.Services;

/// <summary>
/// The guarantee behind "no paid but unconfirmed order": the payment and this event commit together, so even when the
/// process dies right after, the order is confirmed (or the money sent back) when the outbox delivers it.
/// </summary>
public sealed class PaymentSucceededHandler(PaymentSettler settler) : IIntegrationEventHandler<PaymentSucceeded>
{
    public Task HandleAsync(PaymentSucceeded integrationEvent, CancellationToken cancellationToken) =>
        settler.SettleOrderAsync(integrationEvent.PaymentId, cancellationToken);
}
