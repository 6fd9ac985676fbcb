using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace EventPlatform.Platform.Caching;

/// <summary>
/// Values kept in this process for a fixed lifetime. Invalidating a key drops it at once, and a load that was running
/// meanwhile is handed to its caller but not kept: it may have read the row before the write committed. Other nodes see
/// a change when their entry expires. At most <paramref name="capacity"/> entries: past that, expired ones are swept,
/// and if none had expired, all are dropped.
/// </summary>
public sealed class ExpiringCache<TKey, TValue>(TimeSpan lifetime, TimeProvider time, int capacity = 10_000)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private long _version;

    /// <summary>Read before loading, passed to <see cref="Keep"/> after: a load that overlapped an invalidation is not kept.</summary>
    public long Version => Interlocked.Read(ref _version);

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.ExpiresAt > time.GetUtcNow())
        {
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The kept value, else <paramref name="load"/>'s, kept unless <paramref name="keep"/> says no.</summary>
    public async Task<TValue> GetOrLoadAsync(TKey key, Func<Task<TValue>> load, Func<TValue, bool>? keep = null)
    {
        if (TryGet(key, out var kept)) return kept;
        var version = Version;
        var value = await load();
        if (keep?.Invoke(value) ?? true) Keep(key, value, version);
        return value;
    }

    public void Keep(TKey key, TValue value, long version)
    {
        if (lifetime <= TimeSpan.Zero || version != Version) return;
        if (_entries.Count >= capacity) Sweep();
        _entries[key] = new Entry(value, time.GetUtcNow() + lifetime);
    }

    public void Invalidate(TKey key)
    {
        Interlocked.Increment(ref _version);
        _entries.TryRemove(key, out _);
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now) _entries.TryRemove(key, out _);
        }

        if (_entries.Count >= capacity) _entries.Clear();
    }

    private sealed record Entry(TValue Value, DateTimeOffset ExpiresAt);
}
