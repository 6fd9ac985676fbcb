using EventPlatform.Platform.Caching;

namespace EventPlatform.Identity.ApiTokens;

/// <summary>
/// API tokens recently seen, by hash: a gate or an integration calls many times a second with the same token, and
/// reading it on every call was a query per request. Kept for <see cref="Lifetime"/>; revoking or changing a token on this
/// node forgets it at once, other nodes within the lifetime. Expiry is still checked on every request; the creator's
/// role is looked up on every request too (<c>MembershipRoleCache</c>, with the same lifetime), so removing the creator
/// from the organization stops the token at once on that node and within the lifetime everywhere.
/// </summary>
public sealed class ApiTokenCache(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly SavedEntityCache<ApiToken, string, KnownApiToken> tokens =
        new(Lifetime, time, capacity: 20_000, token => [Convert.ToHexString(token.TokenHash)]);

    /// <summary>The kept token, else <paramref name="load"/>'s; an unknown token is not kept.</summary>
    public Task<KnownApiToken?> GetOrLoadAsync(byte[] hash, Func<Task<KnownApiToken?>> load) =>
        tokens.GetOrLoadAsync(Convert.ToHexString(hash), load);

    public void Dispose() => tokens.Dispose();
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
