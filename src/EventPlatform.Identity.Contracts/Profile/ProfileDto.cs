namespace EventPlatform.Identity.Profile;

/// <summary>The signed-in user's profile; <see cref="AvatarUrl"/> is a short-lived signed URL.</summary>
public sealed record ProfileDto(
    string Email,
    string DisplayName,
    string? PhoneNumber,
    string? PreferredCulture,
    string? TimeZone,
    bool NotifyEventReminders,
    bool NotifyProductNews,
    Uri? AvatarUrl);
