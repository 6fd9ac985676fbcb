namespace EventPlatform.Identity.Accounts;

/// <summary>Names of the account e-mails (<c>EmailTemplates/{name}.{culture}.html</c> in this assembly).</summary>
public static class AccountEmailTemplates
{
    /// <summary>Values: name, link.</summary>
    public const string ConfirmEmail = "ConfirmEmail";

    /// <summary>Values: name, link.</summary>
    public const string ResetPassword = "ResetPassword";
}
