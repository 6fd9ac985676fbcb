namespace EventPlatform.Identity.Gdpr;

/// <summary>The user's consents, and the terms version they should accept.</summary>
public sealed record PrivacyOverviewDto(string CurrentTermsVersion, IReadOnlyList<ConsentDto> Consents);

/// <summary>The latest decision on one consent kind; <see cref="Granted"/> false and <see cref="ChangedAt"/> null when never asked.</summary>
public sealed record ConsentDto(string Kind, bool Granted, string? Version, DateTimeOffset? ChangedAt);
