using EventPlatform.Payments.Data;
using EventPlatform.Payments.Domain;
using EventPlatform.Payments.Providers;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EventPlatform.Payments.Services;

/// <summary>
/// Sends a buyer to pay an order at its provider. The payment row, with its idempotency key, is committed before the
/// provider is called; a buyer who comes back (another tab, a retry after a timeout) resumes the same open payment and
/// the same provider checkout, so one order never has two checkouts that could both take money.
/// </summary>
public sealed class PaymentStarter(
    PaymentsDbContext db,
    ProviderAccounts accounts,
    PaymentSettler settler,
    IOptions<PaymentsOptions> options,
    TimeProvider clock,
    ILogger<PaymentStarter> logger)
{
    /// <returns>Where the buyer pays.</returns>
    public async Task<string> StartAsync(PayableOrder order, PaymentLinks links, CancellationToken cancellationToken)
    {
        if (order.Status != OrderStatus.PendingPayment || !PaymentProviderNames.IsKnown(order.PaymentMethod))
        {
            throw new BusinessException(PaymentsErrorCodes.OrderNotPayable, 409).WithData("order", order.Number);
        }

        var (provider, credentials) = await accounts.FindAsync(order.PaymentMethod, cancellationToken)
            ?? throw new BusinessException(PaymentsErrorCodes.ProviderNotAvailable, 409).WithData("provider", order.PaymentMethod);
        var payment = await OpenPaymentAsync(order, cancellationToken);
        if (payment.RedirectUrl is { } resumed && payment.Status == Payments.PaymentStatus.Pending) return resumed;

        var expires = clock.GetUtcNow().AddMinutes(Math.Clamp(options.Value.CheckoutMinutes, 30, 24 * 60));
        var request = new ProviderPaymentRequest(payment.Id, payment.IdempotencyKey, payment.Amount, payment.Currency,
            $"{order.Number}", order.Number, order.BuyerEmail, links.Return(payment.Id), links.Cancel(payment.Id), expires, order.Culture);
        ProviderPayment created;
        try
        {
            created = await provider.CreateAsync(credentials, request, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The payment stays Created with its key: the next attempt repeats the same request, which the provider answers once.
            logger.LogWarning(e, "Provider {Provider} did not open payment {PaymentId}", provider.Name, payment.Id);
            throw new BusinessException(PaymentsErrorCodes.ProviderUnavailable, 503).WithData("provider", provider.Name);
        }

        payment.Opened(created.Reference, created.RedirectUrl, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        if (created.Status != ProviderPaymentStatus.Pending)
        {
            await settler.ApplyAsync(payment.Id, created, cancellationToken);
        }

        return created.RedirectUrl ?? throw new BusinessException(PaymentsErrorCodes.ProviderUnavailable, 503).WithData("provider", provider.Name);
    }

    /// <summary>The order's open payment, or a new one committed before any provider call. Two tabs racing get the same one.</summary>
    private async Task<Payment> OpenPaymentAsync(PayableOrder order, CancellationToken cancellationToken)
    {
        var open = await FindOpenAsync(order.Id, cancellationToken);
        if (open is not null && open.Provider == order.PaymentMethod && open.Amount == order.Total) return open;
        if (open is not null)
        {
            // The order changed method or amount since: this attempt can no longer be the one that pays it.
            open.Failed("superseded", clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        var payment = new Payment(order.Id, order.Number, order.PaymentMethod, order.Total, order.Currency);
        db.Payments.Add(payment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return payment;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ux_payments_order_open" })
        {
            db.ChangeTracker.Clear();
            return await FindOpenAsync(order.Id, cancellationToken) ?? throw new BusinessException(PaymentsErrorCodes.OrderNotPayable, 409);
        }
    }

    private Task<Payment?> FindOpenAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.Payments.FirstOrDefaultAsync(p => p.OrderId == orderId
            && (p.Status == Payments.PaymentStatus.Created || p.Status == Payments.PaymentStatus.Pending), cancellationToken);
}

/// <summary>The absolute URLs a provider sends the buyer back to.</summary>
public sealed record PaymentLinks(Func<Guid, string> Return, Func<Guid, string> Cancel);
