namespace EventPlatform.Identity.Accounts;

public sealed record RecoveryCodesDto(IReadOnlyList<string> Codes);
