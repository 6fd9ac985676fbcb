using EventPlatform.Payments.Data;
using EventPlatform.Payments.Domain;
using EventPlatform.Payments.Providers;
using EventPlatform.Payments.Services;
using EventPlatform.Platform.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EventPlatform.Payments.Webhooks;

public enum WebhookOutcome
{
    Accepted,
    Duplicate,

    /// <summary>The organization has no account at this provider: 404.</summary>
    NotConfigured,

    /// <summary>Bad, missing or too old signature: 401, and nothing changed.</summary>
    Rejected,
}

/// <summary>
/// Takes in one provider notification for the current organization: verifies it, acts on it (idempotently) and records
/// its receipt. A repeated delivery finds the receipt and changes nothing; notifications may come in any order, since
/// each is only a reason to bring a payment to the state the provider reports.
/// </summary>
public sealed class WebhookProcessor(
    PaymentsDbContext db,
    ProviderAccounts accounts,
    PaymentSettler settler,
    Refunder refunder,
    IAuditLog audit,
    TimeProvider clock,
    ILogger<WebhookProcessor> logger)
{
    public async Task<WebhookOutcome> ProcessAsync(string providerName, ProviderWebhookRequest request, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(providerName, cancellationToken) is not var (provider, credentials)) return WebhookOutcome.NotConfigured;
        var webhook = await provider.ReadWebhookAsync(credentials, request, cancellationToken);
        if (webhook is null)
        {
            await audit.WriteAsync(PaymentsAuditActions.WebhookRejected, "Webhook", providerName, new { length = request.Body.Length }, cancellationToken);
            return WebhookOutcome.Rejected;
        }

        if (await db.WebhookReceipts.AnyAsync(r => r.Provider == providerName && r.EventId == webhook.EventId, cancellationToken)) return WebhookOutcome.Duplicate;
        await ActAsync(provider, credentials, webhook, cancellationToken);
        db.WebhookReceipts.Add(new WebhookReceipt(providerName, webhook.EventId, webhook.Type, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return WebhookOutcome.Duplicate; // the same event delivered twice at once; both acted idempotently
        }

        await audit.WriteAsync(PaymentsAuditActions.WebhookReceived, "Webhook", webhook.EventId,
            new { provider = providerName, webhook.Type, webhook.PaymentReference, webhook.CaptureReference }, cancellationToken);
        return WebhookOutcome.Accepted;
    }

    private async Task ActAsync(IPaymentProvider provider, ProviderCredentials credentials, ProviderWebhook webhook, CancellationToken cancellationToken)
    {
        if (webhook is { Kind: ProviderWebhookKind.Refunded, CaptureReference: { } captured, RefundedTotal: { } total })
        {
            await refunder.BookRefundedTotalAsync(provider.Name, captured, total, webhook.EventId, cancellationToken);
            return;
        }

        if (webhook.Kind is not (ProviderWebhookKind.PaymentCompleted or ProviderWebhookKind.PaymentFailed)) return;
        var payment = await FindPaymentAsync(provider.Name, webhook, cancellationToken);
        if (payment is null)
        {
            logger.LogWarning("Webhook {EventId} of {Provider} names no payment of this organization", webhook.EventId, provider.Name);
            return;
        }

        // A closed payment is never captured: an approval that comes after the order gave up its seats takes no money.
        if (webhook.Payment is null && !payment.IsOpen) return;
        var state = webhook.Payment ?? await provider.ConfirmAsync(credentials,
            new ProviderPaymentReference(payment.Id, payment.ProviderReference ?? webhook.PaymentReference!, payment.IdempotencyKey), cancellationToken);
        await settler.ApplyAsync(payment.Id, state, cancellationToken);
    }

    private async Task<Payment?> FindPaymentAsync(string provider, ProviderWebhook webhook, CancellationToken cancellationToken)
    {
        if (webhook.PaymentId is { } id
            && await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Provider == provider, cancellationToken) is { } byId)
        {
            return byId.ProviderReference is null || byId.ProviderReference == webhook.PaymentReference ? byId : null;
        }

        return webhook.PaymentReference is null ? null
            : await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Provider == provider && p.ProviderReference == webhook.PaymentReference, cancellationToken);
    }
}
