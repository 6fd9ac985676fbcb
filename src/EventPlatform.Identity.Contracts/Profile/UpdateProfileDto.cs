namespace EventPlatform.Identity.Profile;

/// <summary>What the profile form changes. <see cref="PhoneNumber"/> is stored as E.164; empty values clear the field.</summary>
public sealed record UpdateProfileDto
{
    public string DisplayName { get; init; } = "";

    public string? PhoneNumber { get; init; }

    /// <summary>en, de or es; empty follows the browser.</summary>
    public string? PreferredCulture { get; init; }

    /// <summary>An IANA zone id such as <c>Europe/Berlin</c>; empty uses each event's zone.</summary>
    public string? TimeZone { get; init; }

    public bool NotifyEventReminders { get; init; }

    public bool NotifyProductNews { get; init; }
}
