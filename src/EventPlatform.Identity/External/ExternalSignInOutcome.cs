namespace EventPlatform.Identity.External;

/// <summary>How an external sign-in ended; <see cref="ErrorCode"/> is a localization key when it failed.</summary>
public sealed record ExternalSignInOutcome(bool Succeeded, bool RequiresTwoFactor, string? ErrorCode)
{
    public static readonly ExternalSignInOutcome Success = new(true, false, null);
    public static readonly ExternalSignInOutcome TwoFactor = new(false, true, null);

    public static ExternalSignInOutcome Failed(string errorCode) => new(false, false, errorCode);
}
