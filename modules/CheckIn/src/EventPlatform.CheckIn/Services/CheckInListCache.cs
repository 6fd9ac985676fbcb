using EventPlatform.CheckIn.Domain;
using EventPlatform.Platform.Caching;

namespace EventPlatform.CheckIn.Services;

/// <summary>
/// The lists gates scan through, with their event's time zone: every scan needs its list's rules, and a gate asks for
/// the same list hundreds of times a minute, so they are kept for <see cref="Lifetime"/>, per organization. Saving a list
/// forgets it at once in this process; other nodes follow within the lifetime (a changed time window or re-entry rule
/// reaches their gates a few seconds later).
/// </summary>
public sealed class CheckInListCache(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly SavedEntityCache<CheckInList, (Guid Tenant, Guid List), GateList> lists =
        new(Lifetime, time, capacity: 20_000, list => [(list.TenantId, list.Id)]);

    /// <summary>The kept list, else <paramref name="load"/>'s; a list that is not found is not kept.</summary>
    public Task<GateList?> GetOrLoadAsync(Guid tenantId, Guid listId, Func<Task<GateList?>> load) => lists.GetOrLoadAsync((tenantId, listId), load);

    public void Dispose() => lists.Dispose();
}

/// <summary>A list as its gates judge scans: its rules and the time zone its event happens in.</summary>
public sealed record GateList(CheckInList List, TimeZoneInfo Zone);
