using EventPlatform.Payments.Checkout;
using EventPlatform.Payments.Data;
using EventPlatform.Payments.Domain;
using EventPlatform.Payments.Providers;
using EventPlatform.Ticketing.Checkout;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Payments.Services;

/// <summary>The current organization's provider accounts, with their secrets decrypted only for the call that needs them.</summary>
public sealed class ProviderAccounts(PaymentsDbContext db, ProviderSecrets secrets, IEnumerable<IPaymentProvider> providers)
{
    /// <summary>
    /// Methods a buyer can choose for a paid order, in display order (the usable online providers, then offline unless
    /// switched off), and the days to pay an offline order: all from one read of the organization's accounts.
    /// </summary>
    public async Task<CheckoutMethods> GetMethodsAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.ProviderAccounts.AsNoTracking().ToListAsync(cancellationToken);
        var methods = PaymentProviderNames.All
            .Where(name => accounts.Any(a => a.Provider == name && IsUsable(a)) && providers.Any(p => p.Name == name))
            .ToList();
        var offline = accounts.FirstOrDefault(a => a.Provider == PaymentMethods.Offline);
        if (offline is null || offline.IsEnabled) methods.Add(PaymentMethods.Offline);
        return new CheckoutMethods(methods, ProviderAccount.OfflinePaymentDaysOf(offline) is { } days ? TimeSpan.FromDays(days) : null);
    }

    /// <summary>The provider and the organization's credentials for it; null when the account is missing or has no secret key.</summary>
    public async Task<(IPaymentProvider Provider, ProviderCredentials Credentials)?> FindAsync(string providerName, CancellationToken cancellationToken)
    {
        var provider = providers.FirstOrDefault(p => p.Name == providerName);
        if (provider is null) return null;
        var account = await db.ProviderAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Provider == providerName, cancellationToken);
        if (account is not { HasSecretKey: true }) return null;
        return (provider, Credentials(account));
    }

    private ProviderCredentials Credentials(ProviderAccount account) =>
        new(secrets.Unprotect(account.ProtectedSecretKey)!, account.PublicKey, secrets.Unprotect(account.ProtectedWebhookSecret), account.IsLive);

    private static bool IsUsable(ProviderAccount account) => account.IsEnabled && account.HasSecretKey;
}
