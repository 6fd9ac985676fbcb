namespace EventPlatform.Identity.Profile;

/// <summary>One signed-in browser or device; <see cref="Browser"/> and <see cref="OperatingSystem"/> are read from the user agent (null when unknown).</summary>
public sealed record SessionDto(
    Guid Id,
    string? Browser,
    string? OperatingSystem,
    string? UserAgent,
    string? IpAddress,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSeenAt,
    bool IsCurrent);
