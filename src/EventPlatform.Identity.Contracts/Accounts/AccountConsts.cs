namespace EventPlatform.Identity.Accounts;

/// <summary>Limits shared by validators, entities and the EF mapping.</summary>
public static class AccountConsts
{
    public const int MaxEmailLength = 256;
    public const int MaxDisplayNameLength = 100;
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 128;
    public const int MaxCultureLength = 16;
    public const int MaxTimeZoneLength = 64;
    public const int MaxPhoneLength = 32;
    public const int MaxBlobNameLength = 256;

    /// <summary>Failed sign-ins before the account is locked, and for how long.</summary>
    public const int MaxFailedAccessAttempts = 10;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public const int RecoveryCodeCount = 10;
    public const int MaxTwoFactorCodeLength = 16;
    public const int MaxTokenLength = 2048;
}
