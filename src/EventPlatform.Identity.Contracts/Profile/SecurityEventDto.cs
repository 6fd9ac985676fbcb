namespace EventPlatform.Identity.Profile;

/// <summary>One security event; <see cref="ActionText"/> is the action's name in the request's language.</summary>
public sealed record SecurityEventDto(
    Guid Id,
    string Action,
    string ActionText,
    DateTimeOffset At,
    string? IpAddress,
    Guid? UserId,
    string? UserName);
