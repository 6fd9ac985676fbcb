namespace EventPlatform.Identity;

public static class IdentityErrorCodes
{
    public const string InvalidSlug = "Identity:InvalidSlug";
    public const string SlugTaken = "Identity:SlugTaken";
    public const string LastOwner = "Identity:LastOwner";
    public const string OnlyOwnersManageOwners = "Identity:OnlyOwnersManageOwners";
    public const string InvitationNotFound = "Identity:InvitationNotFound";
    public const string InvitationExpired = "Identity:InvitationExpired";
    public const string InvitationNotPending = "Identity:InvitationNotPending";
    public const string InvitationForAnotherEmail = "Identity:InvitationForAnotherEmail";
    public const string AlreadyMember = "Identity:AlreadyMember";
    public const string InvalidColor = "Identity:InvalidColor";
    public const string InvalidTimeZone = "Identity:InvalidTimeZone";
    public const string InvalidCurrency = "Identity:InvalidCurrency";
    public const string InvalidLanguage = "Identity:InvalidLanguage";
    public const string InvalidLogo = "Identity:InvalidLogo";
}
