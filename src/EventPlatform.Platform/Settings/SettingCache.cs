using EventPlatform.Platform.Caching;
using Microsoft.Extensions.Configuration;

namespace EventPlatform.Platform.Settings;

/// <summary>
/// Stored setting values per level (global, one tenant, one user), kept for <c>Settings:CacheSeconds</c>
/// (default 30). A write on this node drops its entry at once; other nodes see it when their entry
/// expires (a Redis-backed invalidation can replace the TTL once Redis is configured).
/// </summary>
public sealed class SettingCache(IConfiguration configuration, TimeProvider time)
{
    public const string CacheSecondsKey = "Settings:CacheSeconds";

    private readonly ExpiringCache<string, IReadOnlyDictionary<string, string>> _entries =
        new(TimeSpan.FromSeconds(configuration.GetValue(CacheSecondsKey, 30d)), time);

    public static string GlobalKey => "G";

    public static string TenantKey(Guid tenantId) => "T:" + tenantId.ToString("N");

    public static string UserKey(Guid userId) => "U:" + userId.ToString("N");

    public Task<IReadOnlyDictionary<string, string>> GetOrLoadAsync(string key, Func<Task<IReadOnlyDictionary<string, string>>> load) =>
        _entries.GetOrLoadAsync(key, load);

    public void Invalidate(string key) => _entries.Invalidate(key);
}
