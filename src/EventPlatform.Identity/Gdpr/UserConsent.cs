using EventPlatform.Platform.Domain;

namespace EventPlatform.Identity.Gdpr;

/// <summary>
/// One decision of a user on a consent: given or withdrawn, when, and for which terms version. Rows are only
/// added, so the history proves what the user agreed to at any time; the latest row per kind is in force.
/// </summary>
public sealed class UserConsent : Entity
{
    private UserConsent()
    {
    }

    public UserConsent(Guid userId, string kind, bool granted, string? version, DateTimeOffset at)
    {
        UserId = userId;
        Kind = ConsentKinds.All.Contains(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown consent kind.");
        Granted = granted;
        Version = version is { Length: > GdprConsts.MaxTermsVersionLength } ? throw new ArgumentException("Version is too long.", nameof(version)) : version;
        At = at;
    }

    public Guid UserId { get; private set; }

    public string Kind { get; private set; } = null!;

    public bool Granted { get; private set; }

    /// <summary>The terms version for <see cref="ConsentKinds.Terms"/>; null for other kinds.</summary>
    public string? Version { get; private set; }

    public DateTimeOffset At { get; private set; }
}
