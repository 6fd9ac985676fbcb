using EventPlatform.Payments.Data;
using EventPlatform.Payments.Domain;
using EventPlatform.Payments.Settings;
using EventPlatform.Payments.Webhooks;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Checkout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Payments.Services;

[Authorize(PaymentsPermissions.Providers.Manage)]
public sealed class PaymentProviderAppService(PaymentsDbContext db, ProviderSecrets secrets, ICurrentTenant tenant, ITenantStore tenants, IAuditLog audit)
    : IPaymentProviderAppService
{
    private static readonly string[] Providers = [.. PaymentProviderNames.All, PaymentMethods.Offline];

    public async Task<IReadOnlyList<PaymentProviderDto>> GetListAsync()
    {
        var accounts = await db.ProviderAccounts.AsNoTracking().ToListAsync();
        var slug = await SlugAsync();
        return Providers.Select(p => ToDto(p, accounts.FirstOrDefault(a => a.Provider == p), slug)).ToList();
    }

    public async Task<PaymentProviderDto> UpdateAsync(string id, UpdatePaymentProviderInput input)
    {
        if (!Providers.Contains(id)) throw new BusinessException(PaymentsErrorCodes.UnknownProvider, 404).WithData("provider", id);
        var account = await db.ProviderAccounts.FirstOrDefaultAsync(a => a.Provider == id);
        if (account is null)
        {
            account = new ProviderAccount(id);
            db.ProviderAccounts.Add(account);
        }

        account.Configure(input.IsEnabled, input.IsLive, id == PaymentMethods.Offline ? null : Limit(input.PublicKey));
        if (id == PaymentMethods.Offline)
        {
            account.PayWithin(input.PaymentDays);
        }
        else
        {
            account.ChangeSecrets(Protect(input.SecretKey), Protect(input.WebhookSecret));
            if (input.IsEnabled && !account.HasSecretKey) throw new BusinessException(PaymentsErrorCodes.SecretKeyRequired, 422).WithData("provider", id);
        }

        await db.SaveChangesAsync();
        await audit.WriteAsync(PaymentsAuditActions.ProviderSettingsChanged, nameof(ProviderAccount), id,
            new { input.IsEnabled, input.IsLive, input.PublicKey, account.PaymentDays, secretKeyChanged = !string.IsNullOrWhiteSpace(input.SecretKey), webhookSecretChanged = !string.IsNullOrWhiteSpace(input.WebhookSecret) });
        return ToDto(id, account, await SlugAsync());
    }

    private string? Protect(string? secret) => string.IsNullOrWhiteSpace(secret) ? null : secrets.Protect(secret.Trim());

    private static string? Limit(string? value) =>
        value is { Length: > PaymentsConsts.MaxKeyLength } ? throw new BusinessException(PlatformErrorCodes.BadRequest, 400).WithData("field", "publicKey") : value;

    private async Task<string> SlugAsync() =>
        (await tenants.FindByIdAsync(tenant.Id ?? throw new BusinessException(PlatformErrorCodes.TenantRequired, 400)))?.Slug ?? "";

    private static PaymentProviderDto ToDto(string provider, ProviderAccount? account, string slug) =>
        new(provider, account?.IsEnabled ?? provider == PaymentMethods.Offline, account?.IsLive ?? false, account?.PublicKey,
            account?.HasSecretKey ?? false, account?.HasWebhookSecret ?? false,
            provider == PaymentMethods.Offline ? null : WebhookEndpoint.PathFor(provider, slug),
            provider == PaymentMethods.Offline ? ProviderAccount.OfflinePaymentDaysOf(account) : null);
}
