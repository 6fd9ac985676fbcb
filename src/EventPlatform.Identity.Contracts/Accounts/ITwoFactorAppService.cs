using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Accounts;

/// <summary>The signed-in user's TOTP two-factor authentication: set up, turn on, recovery codes, turn off.</summary>
public interface ITwoFactorAppService : IApplicationService
{
    Task<TwoFactorStatusDto> GetAsync();

    /// <summary>The authenticator key to scan (created on first call, kept until two-factor is turned off).</summary>
    Task<TwoFactorSetupDto> GetSetupAsync();

    /// <summary>Turns two-factor on when <paramref name="input"/> holds a current code; returns the recovery codes, shown once.</summary>
    Task<RecoveryCodesDto> EnableAsync(TwoFactorCodeDto input);

    /// <summary>Replaces every recovery code; the old ones stop working.</summary>
    Task<RecoveryCodesDto> GenerateRecoveryCodesAsync();

    /// <summary>Turns two-factor off and forgets the authenticator key.</summary>
    Task DisableAsync();
}
