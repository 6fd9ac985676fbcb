using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace EventPlatform.Platform.Settings;

/// <summary>
/// Reads a setting along User -> Tenant -> Global -> configuration (<c>Settings:{name}</c>) -> definition
/// default, skipping levels the definition does not allow. Stored values come through <see cref="SettingCache"/>.
/// </summary>
public sealed class SettingProvider(
    SettingDefinitionManager definitions,
    SettingCache cache,
    PlatformDbContext db,
    ICurrentUser currentUser,
    IConfiguration configuration) : ISettingProvider
{
    public async Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = definitions.Get(name);
        if (definition.Scopes.HasFlag(SettingScopes.User) && currentUser.Id is { } userId
            && (await UserValuesAsync(userId, cancellationToken)).TryGetValue(name, out var userValue))
        {
            return userValue;
        }

        if (definition.Scopes.HasFlag(SettingScopes.Tenant) && CurrentTenant.CurrentId is { } tenantId
            && (await TenantValuesAsync(tenantId, cancellationToken)).TryGetValue(name, out var tenantValue))
        {
            return tenantValue;
        }

        if (definition.Scopes.HasFlag(SettingScopes.Global)
            && (await GlobalValuesAsync(cancellationToken)).TryGetValue(name, out var globalValue))
        {
            return globalValue;
        }

        return configuration[$"Settings:{name}"] ?? definition.DefaultValue;
    }

    private Task<IReadOnlyDictionary<string, string>> GlobalValuesAsync(CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(SettingCache.GlobalKey, () => LoadAsync(
            db.Settings.Where(s => s.ProviderName == SettingValue.GlobalProvider).Select(s => new Stored(s.Name, s.Value)), cancellationToken));

    private Task<IReadOnlyDictionary<string, string>> UserValuesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var key = SettingValue.UserKey(userId);
        return cache.GetOrLoadAsync(SettingCache.UserKey(userId), () => LoadAsync(
            db.Settings.Where(s => s.ProviderName == SettingValue.UserProvider && s.ProviderKey == key).Select(s => new Stored(s.Name, s.Value)), cancellationToken));
    }

    // Runs inside the current tenant: the query filter and row-level security both keep other organizations' values out.
    private Task<IReadOnlyDictionary<string, string>> TenantValuesAsync(Guid tenantId, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(SettingCache.TenantKey(tenantId), () => LoadAsync(
            db.TenantSettings.Select(s => new Stored(s.Name, s.Value)), cancellationToken));

    private static async Task<IReadOnlyDictionary<string, string>> LoadAsync(IQueryable<Stored> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Where(r => r.Value is not null).ToDictionary(r => r.Name, r => r.Value!, StringComparer.Ordinal);
    }

    private sealed record Stored(string Name, string? Value);
}
