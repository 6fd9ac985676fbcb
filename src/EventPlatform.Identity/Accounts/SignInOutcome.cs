namespace EventPlatform.Identity.Accounts;

public enum SignInOutcome
{
    Succeeded,

    /// <summary>Password accepted; the authenticator code (or a recovery code) comes next.</summary>
    RequiresTwoFactor,

    LockedOut,

    /// <summary>The e-mail address is not confirmed yet.</summary>
    NotConfirmed,

    Failed,

    /// <summary>The second step came without a valid first step (its short-lived cookie is gone).</summary>
    TwoFactorExpired,
}
