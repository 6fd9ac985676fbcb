using EventPlatform.Platform.Data;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Platform.Settings;

/// <summary>
/// Stores setting values: global and user values in <c>platform.settings</c>, tenant values in
/// <c>platform.tenant_settings</c> (row-level security). A null value removes the level's value, so the
/// next level down applies again. Every write drops the level's cached values.
/// </summary>
public sealed class SettingManager(SettingDefinitionManager definitions, SettingCache cache, PlatformDbContext db) : ISettingManager
{
    public async Task SetGlobalAsync(string name, string? value, CancellationToken cancellationToken = default)
    {
        Check(name, value, SettingScopes.Global);
        var row = await db.Settings.SingleOrDefaultAsync(
            s => s.Name == name && s.ProviderName == SettingValue.GlobalProvider && s.ProviderKey == "", cancellationToken);
        await SaveAsync(row, value, () => new SettingValue(name, SettingValue.GlobalProvider, null, value), SettingCache.GlobalKey, cancellationToken);
    }

    public async Task SetForCurrentTenantAsync(string name, string? value, CancellationToken cancellationToken = default)
    {
        Check(name, value, SettingScopes.Tenant);
        var tenantId = CurrentTenant.CurrentId ?? throw new BusinessException(PlatformErrorCodes.TenantRequired, 400);
        var row = await db.TenantSettings.SingleOrDefaultAsync(s => s.Name == name, cancellationToken);
        if (row is null && value is null) return;
        if (value is null) db.TenantSettings.Remove(row!);
        else if (row is null) db.TenantSettings.Add(new TenantSettingValue(name, value));
        else row.Value = value;
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate(SettingCache.TenantKey(tenantId));
    }

    public async Task SetForUserAsync(Guid userId, string name, string? value, CancellationToken cancellationToken = default)
    {
        Check(name, value, SettingScopes.User);
        var key = SettingValue.UserKey(userId);
        var row = await db.Settings.SingleOrDefaultAsync(
            s => s.Name == name && s.ProviderName == SettingValue.UserProvider && s.ProviderKey == key, cancellationToken);
        await SaveAsync(row, value, () => new SettingValue(name, SettingValue.UserProvider, key, value), SettingCache.UserKey(userId), cancellationToken);
    }

    private void Check(string name, string? value, SettingScopes level)
    {
        if (!definitions.Get(name).Scopes.HasFlag(level))
        {
            throw new BusinessException(PlatformErrorCodes.SettingLevelNotAllowed).WithData("name", name);
        }

        if (value?.Length > SettingValue.MaxValueLength)
        {
            throw new BusinessException(PlatformErrorCodes.SettingValueTooLong, 400)
                .WithData("name", name).WithData("maxLength", SettingValue.MaxValueLength);
        }
    }

    private async Task SaveAsync(SettingValue? row, string? value, Func<SettingValue> create, string cacheKey, CancellationToken cancellationToken)
    {
        if (row is null && value is null) return;
        if (value is null) db.Settings.Remove(row!);
        else if (row is null) db.Settings.Add(create());
        else row.Value = value;
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate(cacheKey);
    }
}
