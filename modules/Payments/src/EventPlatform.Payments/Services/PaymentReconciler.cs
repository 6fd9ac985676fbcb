using EventPlatform.Payments.Data;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Providers;
using EventPlatform.Platform.Hosting;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventPlatform.Payments.Services;

/// <summary>
/// Asks the providers about payments and refunds that stayed open (a lost webhook, a buyer who never came back, a timeout
/// after the provider did act) and settles them, every <see cref="PaymentsOptions.ReconcileSeconds"/>. A payment is asked
/// about once it is <see cref="PaymentsOptions.ReconcileAfterMinutes"/> old, then at most that often. One whose creation the
/// provider never answered is closed once its checkout would have expired: nobody was ever sent to pay it.
/// </summary>
public sealed class PaymentReconciler(IServiceScopeFactory scopes, IOptions<PaymentsOptions> options, TimeProvider clock, ILogger<PaymentReconciler> logger)
    : PeriodicWork(clock, logger)
{
    private const int BatchSize = 200;

    protected override TimeSpan Period => TimeSpan.FromSeconds(options.Value.ReconcileSeconds);

    protected override Task RunPassAsync(CancellationToken cancellationToken) => ReconcileAsync(cancellationToken);

    /// <summary>One pass; returns how many payments and refunds were looked at.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var quiet = now.AddMinutes(-Math.Max(0, options.Value.ReconcileAfterMinutes));
        List<(Guid Tenant, Guid Id, bool IsRefund)> due;
        await using (var scope = scopes.CreateAsyncScope())
        using (CurrentTenant.HostScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
            var payments = await db.Payments.AsNoTracking().IgnoreQueryFilters()
                .Where(p => (p.Status == PaymentStatus.Created || p.Status == PaymentStatus.Pending) && p.CreatedAt <= quiet
                    && (p.CheckedAt == null || p.CheckedAt <= quiet))
                .OrderBy(p => p.CreatedAt).Select(p => new { p.TenantId, p.Id }).Take(BatchSize).ToListAsync(cancellationToken);
            var refunds = await db.Refunds.AsNoTracking().IgnoreQueryFilters()
                .Where(r => r.Status == ProviderRefundStatus.Pending && r.CreatedAt <= quiet)
                .OrderBy(r => r.CreatedAt).Select(r => new { r.TenantId, r.Id }).Take(BatchSize).ToListAsync(cancellationToken);
            due = [.. payments.Select(p => (p.TenantId, p.Id, false)), .. refunds.Select(r => (r.TenantId, r.Id, true))];
        }

        foreach (var (tenant, id, isRefund) in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                using var entered = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
                if (isRefund) await scope.ServiceProvider.GetRequiredService<Refunder>().RetryAsync(id, cancellationToken);
                else await ReconcilePaymentAsync(scope.ServiceProvider, id, now, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Logger.LogWarning(e, "Could not reconcile {Kind} {Id}; the next pass tries again", isRefund ? "refund" : "payment", id);
            }
        }

        return due.Count;
    }

    private async Task ReconcilePaymentAsync(IServiceProvider services, Guid paymentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PaymentsDbContext>();
        var settler = services.GetRequiredService<PaymentSettler>();
        var payment = await db.Payments.AsNoTracking().FirstAsync(p => p.Id == paymentId, cancellationToken);
        if (payment.ProviderReference is not { } reference)
        {
            if (payment.CreatedAt.AddMinutes(Math.Clamp(options.Value.CheckoutMinutes, 30, 24 * 60)) <= now)
            {
                await settler.ApplyAsync(payment.Id, new ProviderPayment("", ProviderPaymentStatus.Failed, FailureReason: "never opened"), cancellationToken);
            }

            return;
        }

        if (await services.GetRequiredService<ProviderAccounts>().FindAsync(payment.Provider, cancellationToken) is not var (provider, credentials)) return;
        var state = await provider.ConfirmAsync(credentials, new ProviderPaymentReference(payment.Id, reference, payment.IdempotencyKey), cancellationToken);
        await settler.ApplyAsync(payment.Id, state, cancellationToken);
    }
}
