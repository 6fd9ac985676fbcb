using EventPlatform.Identity.Organizations;
using EventPlatform.Payments.Data;
using EventPlatform.Payments.Domain;
using EventPlatform.Payments.Services;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace EventPlatform.Payments.Seed;

/// <summary>
/// Connects Stripe for one organization from configuration when it has no Stripe keys yet: <c>Payments:Seed:StripeSecretKey</c>
/// (and <c>StripeWebhookSecret</c>, <c>StripePublishableKey</c>) for <c>Payments:Seed:Organization</c> (default: the demo
/// organization). Lets someone with Stripe test keys try paying on a fresh <c>run.sh</c>, and the payments benchmark set up
/// its organization; keys entered on the settings page are never overwritten.
/// </summary>
public sealed class StripeKeysSeeder(IConfiguration configuration, ITenantStore tenants, PaymentsDbContext db, ProviderSecrets secrets) : IDataSeeder
{
    public int Order => 300;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var section = configuration.GetSection("Payments:Seed");
        if (section["StripeSecretKey"] is not { Length: > 0 } secretKey) return;
        var slug = section["Organization"] is { Length: > 0 } configured ? configured : OrganizationConsts.DemoSlug;
        if (await tenants.FindBySlugAsync(slug, cancellationToken) is not { } organization) return;
        using var tenant = new CurrentTenant().Change(organization.Id);
        var account = await db.ProviderAccounts.FirstOrDefaultAsync(a => a.Provider == PaymentProviderNames.Stripe, cancellationToken);
        if (account is { HasSecretKey: true }) return;
        if (account is null)
        {
            account = new ProviderAccount(PaymentProviderNames.Stripe);
            db.ProviderAccounts.Add(account);
        }

        account.Configure(isEnabled: true, isLive: false, section["StripePublishableKey"]);
        var webhook = section["StripeWebhookSecret"];
        account.ChangeSecrets(secrets.Protect(secretKey), string.IsNullOrEmpty(webhook) ? null : secrets.Protect(webhook));
        await db.SaveChangesAsync(cancellationToken);
    }
}
