namespace EventPlatform.Identity.Gdpr;

public static class GdprErrorCodes
{
    // Error codes start with the resource name (Identity:) so that the error localizer finds their texts.
    public const string WrongPassword = "Identity:GdprWrongPassword";
    public const string UnknownConsent = "Identity:GdprUnknownConsent";
    public const string AccountErased = "Identity:GdprAccountErased";
}
