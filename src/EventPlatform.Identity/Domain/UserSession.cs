using EventPlatform.Identity.Profile;

namespace EventPlatform.Identity.Domain;

/// <summary>
/// One signed-in browser or device: the server-side half of the sign-in cookie. The cookie only carries the id,
/// so deleting the row signs that browser out on its next request.
/// </summary>
public sealed class UserSession
{
    private UserSession()
    {
    }

    public UserSession(Guid id, Guid userId, byte[] ticket, DateTimeOffset? expiresAt, string? userAgent, string? ipAddress, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        Ticket = ticket;
        ExpiresAt = expiresAt;
        UserAgent = Truncate(userAgent, ProfileConsts.MaxUserAgentLength);
        IpAddress = Truncate(ipAddress, ProfileConsts.MaxIpAddressLength);
        CreatedAt = now;
        LastSeenAt = now;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The serialized authentication ticket, protected with Data Protection.</summary>
    public byte[] Ticket { get; private set; } = null!;

    public string? UserAgent { get; private set; }

    public string? IpAddress { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    /// <summary>When the cookie expires; null for tickets without an expiry.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expires && expires <= now;

    /// <summary>The ticket was refreshed (sliding expiration, a new selected organization).</summary>
    public void Renew(byte[] ticket, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        Ticket = ticket;
        ExpiresAt = expiresAt;
        LastSeenAt = now;
    }

    /// <summary>Records a request from this session; false when the last one was too recent to be worth a write.</summary>
    public bool Touch(string? ipAddress, DateTimeOffset now)
    {
        if (now - LastSeenAt < ProfileConsts.LastSeenResolution) return false;
        LastSeenAt = now;
        IpAddress = Truncate(ipAddress, ProfileConsts.MaxIpAddressLength) ?? IpAddress;
        return true;
    }

    private static string? Truncate(string? value, int length) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= length ? value : value[..length];
}
