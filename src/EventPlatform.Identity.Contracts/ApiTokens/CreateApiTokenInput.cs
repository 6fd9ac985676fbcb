namespace EventPlatform.Identity.ApiTokens;

/// <param name="Permissions">A subset of the permissions the creator holds in the organization.</param>
/// <param name="ExpiresInDays">Null for a token that lives until revoked.</param>
public sealed record CreateApiTokenInput(string Name, IReadOnlyList<string> Permissions, int? ExpiresInDays = null);
