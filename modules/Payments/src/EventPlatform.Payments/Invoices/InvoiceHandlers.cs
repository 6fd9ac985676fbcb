using EventPlatform.Payments.Payments;
using EventPlatform.Platform.Events;
using EventPlatform.Ticketing.Orders;

namespace EventPlatform.Payments.Invoices;

/// <summary>An order that is paid (online or marked paid by the organizer) gets its invoice; each refund its credit note.</summary>
public sealed class InvoiceHandlers(InvoiceIssuer issuer) : IIntegrationEventHandler<OrderPaid>, IIntegrationEventHandler<PaymentRefunded>
{
    public Task HandleAsync(OrderPaid integrationEvent, CancellationToken cancellationToken) =>
        issuer.IssueInvoiceAsync(integrationEvent.OrderId, cancellationToken);

    public Task HandleAsync(PaymentRefunded integrationEvent, CancellationToken cancellationToken) =>
        issuer.IssueCreditNoteAsync(integrationEvent.RefundId, cancellationToken);
}
