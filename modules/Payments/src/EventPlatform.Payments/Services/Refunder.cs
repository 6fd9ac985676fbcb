using EventPlatform.Payments.Data;
using EventPlatform.Payments.Domain;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Providers;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventPlatform.Payments.Services;

/// <summary>
/// Gives money back. The refund row (amount, idempotency key) is committed under the payment's row lock before the
/// provider is called, so several partial refunds can never add up to more than was paid, and a retry after a timeout
/// repeats the same request. The payment's refunded amount grows only when the provider says the refund went through.
/// </summary>
public sealed class Refunder(PaymentsDbContext db, ProviderAccounts accounts, ICurrentTenant tenant, IAuditLog audit, TimeProvider clock, ILogger<Refunder> logger)
{
    /// <summary>Refunds <paramref name="amount"/> of a payment that took money; 409 when more than what is left is asked for.</summary>
    public async Task<Refund> RefundAsync(Guid paymentId, decimal amount, string? reason, CancellationToken cancellationToken)
    {
        if (amount <= 0) throw new BusinessException(PaymentsErrorCodes.RefundAmountInvalid, 422).WithData("amount", amount);
        var refund = await ReserveAsync(paymentId, amount, reason, cancellationToken);
        return await SendAsync(refund!, cancellationToken);
    }

    /// <summary>Refunds whatever of the payment is not refunded or being refunded yet; nothing when that is zero. Idempotent.</summary>
    public async Task RefundRemainingAsync(Guid paymentId, string reason, CancellationToken cancellationToken)
    {
        var pending = await db.Refunds.FirstOrDefaultAsync(r => r.PaymentId == paymentId && r.Status == ProviderRefundStatus.Pending, cancellationToken);
        if (pending is not null)
        {
            await SendAsync(pending, cancellationToken);
            return;
        }

        // What is left is read under the payment's lock: the webhook's request and the PaymentSucceeded handler can both
        // get here at once for the same payment, and the second then finds nothing left instead of asking for too much.
        if (await ReserveAsync(paymentId, amount: null, reason, cancellationToken) is { } refund) await SendAsync(refund, cancellationToken);
    }

    /// <summary>Asks the provider again for a refund that got no final answer (same idempotency key, so it is made once).</summary>
    public async Task RetryAsync(Guid refundId, CancellationToken cancellationToken)
    {
        var refund = await db.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == refundId && r.Status == ProviderRefundStatus.Pending, cancellationToken);
        if (refund is not null) await SendAsync(refund, cancellationToken);
    }

    /// <summary>
    /// Books what the provider says was refunded beyond what this site asked for (a refund made in the provider's
    /// dashboard). Refunds asked for here count even while their answer is pending, so a notification that overtakes our
    /// own refund's answer books nothing twice. Idempotent: a repeated notification finds nothing left to book.
    /// </summary>
    public async Task BookRefundedTotalAsync(string provider, string captureReference, decimal refundedTotal, string eventId, CancellationToken cancellationToken)
    {
        Refund? booked = null;
        Payment? payment;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            payment = await db.Payments.FromSql($"SELECT * FROM payments.payments WHERE provider = {provider} AND capture_reference = {captureReference} FOR UPDATE")
                .AsNoTracking().FirstOrDefaultAsync(cancellationToken);
            if (payment is not { Status: PaymentStatus.Succeeded }) return;
            var extra = Math.Min(refundedTotal, payment.Amount) - await AskedAsync(payment.Id, cancellationToken);
            if (extra > 0)
            {
                booked = Refund.MadeAtProvider(payment.Id, payment.OrderId, extra, payment.Currency, eventId);
                db.Refunds.Add(booked);
                await db.SaveChangesAsync(cancellationToken);
                await db.Payments.Where(p => p.Id == payment.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.RefundedAmount, p => p.RefundedAmount + extra), cancellationToken);
                db.AddIntegrationEvent(new PaymentRefunded(payment.Id, booked.Id, payment.OrderId, tenant.Id!.Value, extra, payment.Currency,
                    payment.RefundedAmount + extra >= payment.Amount));
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (booked is not null)
        {
            await audit.WriteAsync(PaymentsAuditActions.RefundSucceeded, nameof(Refund), booked.Id.ToString(),
                new { booked.PaymentId, booked.OrderId, Reference = eventId, booked.Amount, booked.Currency, madeAtProvider = true }, cancellationToken);
        }
    }

    /// <summary>What refunds of the payment ask for or took: everything but the refunds that failed.</summary>
    private Task<decimal> AskedAsync(Guid paymentId, CancellationToken cancellationToken) =>
        db.Refunds.Where(r => r.PaymentId == paymentId && r.Status != ProviderRefundStatus.Failed).SumAsync(r => r.Amount, cancellationToken);

    /// <summary>
    /// Records a refund of <paramref name="amount"/> under the payment's lock (409 when more than is left), or with no
    /// amount, of whatever is left: null then when that is nothing, or the payment took no money.
    /// </summary>
    private async Task<Refund?> ReserveAsync(Guid paymentId, decimal? amount, string? reason, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var payment = await db.Payments.FromSql($"SELECT * FROM payments.payments WHERE id = {paymentId} FOR UPDATE").AsNoTracking().FirstOrDefaultAsync(cancellationToken)
            ?? throw new BusinessException(PaymentsErrorCodes.PaymentNotFound, 404);
        var succeeded = payment.Status == PaymentStatus.Succeeded;
        var left = succeeded ? payment.Amount - await AskedAsync(paymentId, cancellationToken) : 0;
        if (amount is null && left <= 0) return null;
        if (!succeeded) throw new BusinessException(PaymentsErrorCodes.PaymentNotRefundable, 409);
        if (amount > left) throw new BusinessException(PaymentsErrorCodes.RefundTooLarge, 409).WithData("left", left);

        var refund = new Refund(payment.Id, payment.OrderId, amount ?? left, payment.Currency, reason);
        db.Refunds.Add(refund);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.WriteAsync(PaymentsAuditActions.RefundRequested, nameof(Refund), refund.Id.ToString(),
            new { refund.PaymentId, refund.OrderId, payment.Provider, payment.CaptureReference, refund.Amount, refund.Currency, refund.Reason }, cancellationToken);
        return refund;
    }

    /// <summary>Asks the provider for a recorded refund (again, with the same key, after a failure) and books its answer once.</summary>
    private async Task<Refund> SendAsync(Refund refund, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().FirstAsync(p => p.Id == refund.PaymentId, cancellationToken);
        var (provider, credentials) = await accounts.FindAsync(payment.Provider, cancellationToken)
            ?? throw new BusinessException(PaymentsErrorCodes.ProviderNotAvailable, 409).WithData("provider", payment.Provider);
        ProviderRefund answer;
        try
        {
            answer = await provider.RefundAsync(credentials,
                new ProviderRefundRequest(payment.CaptureReference ?? payment.ProviderReference!, refund.Amount, refund.Currency, refund.IdempotencyKey, refund.Reason),
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The refund stays Pending with its key; reconciliation (or the organizer's retry) sends the same request again.
            logger.LogWarning(e, "Provider {Provider} did not answer refund {RefundId}", provider.Name, refund.Id);
            throw new BusinessException(PaymentsErrorCodes.ProviderUnavailable, 503).WithData("provider", provider.Name);
        }

        await BookAsync(refund.Id, answer, cancellationToken);
        return await db.Refunds.AsNoTracking().FirstAsync(r => r.Id == refund.Id, cancellationToken);
    }

    private async Task BookAsync(Guid refundId, ProviderRefund answer, CancellationToken cancellationToken)
    {
        if (answer.Status == ProviderRefundStatus.Pending)
        {
            await db.Refunds.Where(r => r.Id == refundId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ProviderReference, answer.Reference), cancellationToken);
            return;
        }

        Refund? booked = null;
        Payment? payment = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var changed = await db.Refunds.Where(r => r.Id == refundId && r.Status == ProviderRefundStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, answer.Status).SetProperty(r => r.ProviderReference, answer.Reference), cancellationToken);
            if (changed == 1)
            {
                booked = await db.Refunds.AsNoTracking().FirstAsync(r => r.Id == refundId, cancellationToken);
                if (answer.Status == ProviderRefundStatus.Succeeded)
                {
                    await db.Payments.Where(p => p.Id == booked.PaymentId)
                        .ExecuteUpdateAsync(s => s.SetProperty(p => p.RefundedAmount, p => p.RefundedAmount + booked.Amount), cancellationToken);
                    payment = await db.Payments.AsNoTracking().FirstAsync(p => p.Id == booked.PaymentId, cancellationToken);
                    db.AddIntegrationEvent(new PaymentRefunded(payment.Id, booked.Id, payment.OrderId, tenant.Id!.Value, booked.Amount, booked.Currency,
                        payment.RefundedAmount >= payment.Amount));
                    await db.SaveChangesAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (booked is null) return;
        await audit.WriteAsync(answer.Status == ProviderRefundStatus.Succeeded ? PaymentsAuditActions.RefundSucceeded : PaymentsAuditActions.RefundFailed,
            nameof(Refund), refundId.ToString(), new { booked.PaymentId, booked.OrderId, answer.Reference, booked.Amount, booked.Currency, at = clock.GetUtcNow() },
            cancellationToken);
    }
}
