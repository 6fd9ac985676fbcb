namespace EventPlatform.Identity.Accounts;

public sealed record TwoFactorStatusDto(bool IsEnabled, int RecoveryCodesLeft);
