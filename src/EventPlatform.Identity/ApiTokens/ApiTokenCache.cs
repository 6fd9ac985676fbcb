using EventPlatform.Platform.Caching;
using EventPlatform.Platform.Data;

namespace EventPlatform.Identity.ApiTokens;

/// <summary>
/// API tokens recently seen, by hash: a gate or an integration calls many times a second with the same token, and
/// reading it on every call was a query per request. Kept for <see cref="Lifetime"/>; revoking or changing a token on this
/// node forgets it at once, other nodes within the lifetime. Expiry is still checked on every request, and the creator's
/// role is still read per request (<c>TenantResolutionMiddleware</c>), so removing the creator from the organization
/// stops the token at once everywhere.
/// </summary>
public sealed class ApiTokenCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ExpiringCache<string, KnownApiToken?> tokens;

    public ApiTokenCache(TimeProvider time)
    {
        tokens = new(Lifetime, time, capacity: 20_000);
        ModuleDbContext.Saved += Forget;
    }

    /// <summary>The kept token, else <paramref name="load"/>'s; an unknown token is not kept.</summary>
    public Task<KnownApiToken?> GetOrLoadAsync(byte[] hash, Func<Task<KnownApiToken?>> load) =>
        tokens.GetOrLoadAsync(Convert.ToHexString(hash), load, kept => kept is not null);

    private void Forget(IReadOnlyList<object> written)
    {
        foreach (var entity in written)
        {
            if (entity is ApiToken token) tokens.Invalidate(Convert.ToHexString(token.TokenHash));
        }
    }

    public void Dispose() => ModuleDbContext.Saved -= Forget;
}

/// <summary>What authenticating a token needs. <see cref="LastUsedAt"/> follows this node's own writes of it.</summary>
public sealed class KnownApiToken(Guid id, Guid? createdBy, string[] permissions, DateTimeOffset? expiresAt, DateTimeOffset? revokedAt, DateTimeOffset? lastUsedAt)
{
    public Guid Id { get; } = id;
    public Guid? CreatedBy { get; } = createdBy;
    public string[] Permissions { get; } = permissions;
    public DateTimeOffset? LastUsedAt { get; set; } = lastUsedAt;

    public bool IsActiveAt(DateTimeOffset now) => revokedAt is null && (expiresAt is null || expiresAt > now);
}
