using EventPlatform.Payments.Data;
using EventPlatform.Payments.Domain;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Providers;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventPlatform.Payments.Services;

/// <summary>
/// Records what a provider says about a payment. "Succeeded" is written once, by a guarded update under the order's
/// lock, together with the <see cref="PaymentSucceeded"/> event in the same transaction; the order is then confirmed
/// at once and again from that event (at least once), so no payment that took money leaves its order unconfirmed.
/// Money that arrives for an order that cannot take it (cancelled meanwhile, or paid by another attempt) goes back.
/// </summary>
public sealed class PaymentSettler(
    PaymentsDbContext db,
    IOrderSettlement orders,
    Refunder refunder,
    ICurrentTenant tenant,
    IAuditLog audit,
    TimeProvider clock,
    ILogger<PaymentSettler> logger)
{
    public const string RefundReasonOrderCancelled = "order cancelled before the payment arrived";
    public const string RefundReasonDuplicate = "order already paid by another payment";

    public async Task ApplyAsync(Guid paymentId, ProviderPayment state, CancellationToken cancellationToken)
    {
        switch (state.Status)
        {
            case ProviderPaymentStatus.Succeeded:
                await SucceededAsync(paymentId, state, cancellationToken);
                break;
            case ProviderPaymentStatus.Failed:
                await FailedAsync(paymentId, state, cancellationToken);
                break;
            default:
                await db.Payments.Where(p => p.Id == paymentId).ExecuteUpdateAsync(s => s.SetProperty(p => p.CheckedAt, clock.GetUtcNow()), cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Confirms the order of a payment that took money, or gives the money back when the order cannot take it. Idempotent:
    /// called right after the payment is recorded and again by the <see cref="PaymentSucceeded"/> handler.
    /// </summary>
    public async Task SettleOrderAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paymentId, cancellationToken);
        if (payment is not { Status: PaymentStatus.Succeeded }) return;
        var paidBefore = await db.Payments.AsNoTracking().AnyAsync(p => p.OrderId == payment.OrderId && p.Id != payment.Id
            && p.Status == PaymentStatus.Succeeded && p.SucceededAt < payment.SucceededAt, cancellationToken);
        if (paidBefore)
        {
            await refunder.RefundRemainingAsync(payment.Id, RefundReasonDuplicate, cancellationToken);
            return;
        }

        var outcome = await orders.MarkPaidAsync(payment.OrderId, cancellationToken);
        if (outcome == SettlementOutcome.OrderCancelled) await refunder.RefundRemainingAsync(payment.Id, RefundReasonOrderCancelled, cancellationToken);
    }

    private async Task SucceededAsync(Guid paymentId, ProviderPayment state, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Payment? recorded = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // A Failed payment can still turn out to have taken money (it expired here while the buyer paid there): the
            // provider is the truth. Only the first report changes anything.
            var changed = await db.Payments
                .Where(p => p.Id == paymentId && p.Status != PaymentStatus.Succeeded)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(p => p.Status, PaymentStatus.Succeeded)
                    .SetProperty(p => p.SucceededAt, now)
                    .SetProperty(p => p.CheckedAt, now)
                    .SetProperty(p => p.CaptureReference, p => state.CaptureReference ?? p.CaptureReference), cancellationToken);
            if (changed == 1)
            {
                recorded = await db.Payments.AsNoTracking().FirstAsync(p => p.Id == paymentId, cancellationToken);
                db.AddIntegrationEvent(new PaymentSucceeded(recorded.Id, recorded.OrderId, tenant.Id!.Value, recorded.Provider, recorded.Amount, recorded.Currency));
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (recorded is null) return;
        if (state.AmountReceived is { } received && received != recorded.Amount)
        {
            logger.LogWarning("Payment {PaymentId} took {Received} {Currency}, expected {Amount}", recorded.Id, received, recorded.Currency, recorded.Amount);
        }

        await audit.WriteAsync(PaymentsAuditActions.PaymentSucceeded, nameof(Payment), recorded.Id.ToString(), new
        {
            recorded.OrderId, recorded.OrderNumber, recorded.Provider, recorded.ProviderReference, recorded.CaptureReference, recorded.Amount, recorded.Currency,
        }, cancellationToken);
        await SettleOrderAsync(recorded.Id, cancellationToken);
    }

    private async Task FailedAsync(Guid paymentId, ProviderPayment state, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reason = state.FailureReason is { Length: > 200 } r ? r[..200] : state.FailureReason;
        var changed = await db.Payments
            .Where(p => p.Id == paymentId && (p.Status == PaymentStatus.Created || p.Status == PaymentStatus.Pending))
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, PaymentStatus.Failed)
                .SetProperty(p => p.FailedAt, now)
                .SetProperty(p => p.CheckedAt, now)
                .SetProperty(p => p.FailureReason, reason), cancellationToken);
        if (changed == 1)
        {
            await audit.WriteAsync(PaymentsAuditActions.PaymentFailed, nameof(Payment), paymentId.ToString(), new { state.Reference, Reason = reason }, cancellationToken);
        }
    }
}
