using EventPlatform.Payments.Checkout;
using EventPlatform.Payments.Data;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventPlatform.Payments.Services;

public sealed class CheckoutPayments(
    PaymentsDbContext db,
    ProviderAccounts accounts,
    PaymentSettler settler,
    ILogger<CheckoutPayments> logger) : ICheckoutPayments
{
    public Task<CheckoutMethods> GetMethodsAsync(CancellationToken cancellationToken = default) => accounts.GetMethodsAsync(cancellationToken);

    public async Task<TaxPolicy> GetTaxPolicyAsync(CancellationToken cancellationToken = default) =>
        await db.InvoiceSettings.AsNoTracking().Select(s => new TaxPolicy(s.TaxRate, s.PricesIncludeTax)).FirstOrDefaultAsync(cancellationToken) ?? TaxPolicy.None;

    public string PayPath(string organization, Guid orderId, string accessToken) => PaymentPaths.Pay(organization, orderId, accessToken);

    public async Task<IReadOnlyList<PaymentDocument>> GetDocumentsAsync(string organization, Guid orderId, string accessToken,
        CancellationToken cancellationToken = default) =>
        (await db.Invoices.AsNoTracking().Where(i => i.OrderId == orderId).OrderBy(i => i.IssuedAt).Select(i => new { i.Id, i.Number, i.Kind })
            .ToListAsync(cancellationToken))
        .Select(i => new PaymentDocument(i.Number, i.Kind == Invoices.InvoiceKind.CreditNote, Invoices.InvoiceEndpoints.BuyerPath(organization, orderId, i.Id, accessToken)))
        .ToList();

    public async Task<bool> SettleOrVoidAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        var open = await db.Payments.AsNoTracking()
            .Where(p => p.OrderId == orderId && (p.Status == PaymentStatus.Created || p.Status == PaymentStatus.Pending))
            .ToListAsync(cancellationToken);
        foreach (var payment in open)
        {
            if (payment.ProviderReference is null)
            {
                // The provider never answered its creation: no checkout exists that could take money... unless the request
                // arrived after all. Repeating it with the same key is what would reveal that; without a reference there
                // is nothing to void, so the payment is closed and a late success is still booked (and refunded) by webhook.
                await settler.ApplyAsync(payment.Id, new ProviderPayment("", ProviderPaymentStatus.Failed, FailureReason: "never opened"), cancellationToken);
                continue;
            }

            if (await accounts.FindAsync(payment.Provider, cancellationToken) is not var (provider, credentials)) return false;
            var reference = new ProviderPaymentReference(payment.Id, payment.ProviderReference, payment.IdempotencyKey);
            var state = await provider.ConfirmAsync(credentials, reference, cancellationToken);
            if (state.Status == ProviderPaymentStatus.Pending)
            {
                await provider.VoidAsync(credentials, reference, cancellationToken);
                // Voiding races with a buyer paying that very moment: the provider's word after the void decides.
                state = await provider.ConfirmAsync(credentials, reference, cancellationToken);
                if (state.Status == ProviderPaymentStatus.Pending) state = state with { Status = ProviderPaymentStatus.Failed, FailureReason = "voided" };
            }

            await settler.ApplyAsync(payment.Id, state, cancellationToken);
        }

        var paid = await db.Payments.AnyAsync(p => p.OrderId == orderId && p.Status == PaymentStatus.Succeeded, cancellationToken);
        if (paid) logger.LogInformation("Order {OrderId} was paid by its deadline after all", orderId);
        return paid;
    }
}
