using EventPlatform.Platform.Data;

namespace EventPlatform.Platform.Caching;

/// <summary>
/// Answers read from one kind of entity, kept in this process for a fixed lifetime (<see cref="ExpiringCache{TKey,TValue}"/>).
/// Saving such an entity through any module's context (<see cref="ModuleDbContext.Saved"/>) forgets the keys it answers
/// for at once; other nodes follow within the lifetime. An answer that found nothing is never kept, so asking for unknown
/// keys cannot fill the cache.
/// </summary>
public sealed class SavedEntityCache<TEntity, TKey, TValue> : IDisposable
    where TKey : notnull
    where TValue : class
{
    private readonly ExpiringCache<TKey, TValue?> answers;
    private readonly Func<TEntity, IEnumerable<TKey>> keysOf;

    /// <param name="keysOf">The keys whose answers a saved entity changes.</param>
    public SavedEntityCache(TimeSpan lifetime, TimeProvider time, int capacity, Func<TEntity, IEnumerable<TKey>> keysOf)
    {
        answers = new(lifetime, time, capacity);
        this.keysOf = keysOf;
        ModuleDbContext.Saved += Forget;
    }

    /// <summary>The kept answer, else <paramref name="load"/>'s, kept when it found something.</summary>
    public Task<TValue?> GetOrLoadAsync(TKey key, Func<Task<TValue?>> load) => answers.GetOrLoadAsync(key, load, found => found is not null);

    private void Forget(IReadOnlyList<object> written)
    {
        foreach (var entity in written.OfType<TEntity>())
        {
            foreach (var key in keysOf(entity)) answers.Invalidate(key);
        }
    }

    public void Dispose() => ModuleDbContext.Saved -= Forget;
}
