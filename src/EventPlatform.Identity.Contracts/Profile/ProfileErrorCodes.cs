namespace EventPlatform.Identity.Profile;

/// <summary>Error codes of the profile area; each is also its localization key in the Identity resource.</summary>
public static class ProfileErrorCodes
{
    public const string AvatarTooLarge = "Identity:AvatarTooLarge";
    public const string AvatarNotAnImage = "Identity:AvatarNotAnImage";
    public const string WrongCurrentPassword = "Identity:WrongCurrentPassword";
    public const string PasswordRejected = "Identity:PasswordRejected";
    public const string SessionNotFound = "Identity:SessionNotFound";
}
