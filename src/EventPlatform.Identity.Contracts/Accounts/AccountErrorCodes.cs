namespace EventPlatform.Identity.Accounts;

/// <summary>Error codes of the account flows; each is also the key of its message in Localization/Identity.</summary>
public static class AccountErrorCodes
{
    /// <summary>A confirmation or password-reset link is wrong, used or expired.</summary>
    public const string InvalidToken = "Account:InvalidToken";

    /// <summary>The authenticator code does not match the key being set up.</summary>
    public const string InvalidTwoFactorCode = "Account:InvalidTwoFactorCode";

    /// <summary>Recovery codes exist only while two-factor authentication is on.</summary>
    public const string TwoFactorNotEnabled = "Account:TwoFactorNotEnabled";
}
