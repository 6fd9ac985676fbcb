namespace EventPlatform.Identity.Accounts;

internal static class TwoFactorCodes
{
    /// <summary>Codes as people type them: "123 456" and "123-456" mean 123456.</summary>
    public static string Normalize(string code) => code.Replace(" ", "").Replace("-", "").Trim();

    /// <summary>Recovery codes keep their hyphen ("ab12c-3de45"); only spaces are dropped.</summary>
    public static string NormalizeRecoveryCode(string code) => code.Replace(" ", "").Trim();
}
