using EventPlatform.Payments.Data;
using EventPlatform.Payments.Domain;
using EventPlatform.Payments.Providers;
using EventPlatform.Ticketing.Checkout;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Payments.Services;

/// <summary>The current organization's provider accounts, with their secrets decrypted only for the call that needs them.</summary>
public sealed class ProviderAccounts(PaymentsDbContext db, ProviderSecrets secrets, IEnumerable<IPaymentProvider> providers)
{
    /// <summary>Methods a buyer can choose for a paid order, in display order: the usable online providers, then offline unless switched off.</summary>
    public async Task<IReadOnlyList<string>> GetMethodsAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.ProviderAccounts.AsNoTracking().ToListAsync(cancellationToken);
        var methods = PaymentProviderNames.All
            .Where(name => accounts.Any(a => a.Provider == name && IsUsable(a)) && providers.Any(p => p.Name == name))
            .ToList();
        var offline = accounts.FirstOrDefault(a => a.Provider == PaymentMethods.Offline);
        if (offline is null || offline.IsEnabled) methods.Add(PaymentMethods.Offline);
        return methods;
    }

    /// <summary>Days to pay an offline order: the organization's setting, the default when it never saved one, null for none.</summary>
    public async Task<TimeSpan?> GetOfflinePaymentTermAsync(CancellationToken cancellationToken)
    {
        var offline = await db.ProviderAccounts.AsNoTracking().Where(a => a.Provider == PaymentMethods.Offline)
            .Select(a => new { a.PaymentDays }).FirstOrDefaultAsync(cancellationToken);
        var days = offline is null ? PaymentsConsts.DefaultOfflinePaymentDays : offline.PaymentDays;
        return days is { } d ? TimeSpan.FromDays(d) : null;
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
