using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Identity.ApiTokens;

/// <summary>
/// An organization API token: a secret shown once, stored only as its SHA-256 hash, holding a subset of its
/// creator's permissions in the organization until it expires or is revoked.
/// </summary>
public sealed class ApiToken : AuditedEntity, IMultiTenant
{
    private ApiToken()
    {
    }

    public ApiToken(string name, byte[] tokenHash, string hint, IEnumerable<string> permissions, DateTimeOffset? expiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim().Length <= ApiTokenConsts.MaxNameLength ? name.Trim() : throw new ArgumentException("Name is too long.", nameof(name));
        TokenHash = tokenHash.Length == ApiTokenSecret.HashLength ? tokenHash : throw new ArgumentException("Not a SHA-256 hash.", nameof(tokenHash));
        Hint = hint;
        Permissions = permissions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (Permissions.Length == 0) throw new ArgumentException("A token needs at least one permission.", nameof(permissions));
        ExpiresAt = expiresAt;
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = null!;

    [NotAudited]
    public byte[] TokenHash { get; private set; } = null!;

    /// <summary>The token's last characters, so people can tell their tokens apart.</summary>
    public string Hint { get; private set; } = null!;

    public string[] Permissions { get; private set; } = [];

    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>Set by a direct update on use (at most once a minute), so it writes no audit rows; see <see cref="ApiTokenAuthenticationHandler"/>.</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
