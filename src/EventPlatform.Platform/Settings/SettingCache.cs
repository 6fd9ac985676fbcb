using System.Collections.Concurrent;
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

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(configuration.GetValue(CacheSecondsKey, 30d));
    private long _generation;

    public static string GlobalKey => "G";

    public static string TenantKey(Guid tenantId) => "T:" + tenantId.ToString("N");

    public static string UserKey(Guid userId) => "U:" + userId.ToString("N");

    public async Task<IReadOnlyDictionary<string, string>> GetOrLoadAsync(string key, Func<Task<IReadOnlyDictionary<string, string>>> load)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.ExpiresAt > now) return entry.Values;
        var generation = Interlocked.Read(ref _generation);
        var values = await load();
        // A write during the load may have made these values stale: use them once, but do not keep them.
        if (_lifetime > TimeSpan.Zero && generation == Interlocked.Read(ref _generation)) _entries[key] = new Entry(values, now + _lifetime);
        return values;
    }

    public void Invalidate(string key)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(key, out _);
    }

    private sealed record Entry(IReadOnlyDictionary<string, string> Values, DateTimeOffset ExpiresAt);
}
