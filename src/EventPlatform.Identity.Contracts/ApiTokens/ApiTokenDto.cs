namespace EventPlatform.Identity.ApiTokens;

/// <summary>An organization API token as lists show it: never the secret, only its last characters.</summary>
public sealed record ApiTokenDto(
    Guid Id,
    string Name,
    string Hint,
    IReadOnlyList<string> Permissions,
    Guid? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt,
    bool IsActive);
