namespace EventPlatform.Identity;

public static class IdentityErrorCodes
{
    public const string InvalidSlug = "Identity:InvalidSlug";
    public const string SlugTaken = "Identity:SlugTaken";
    public const string SsoInvalidAuthority = "Identity:SsoInvalidAuthority";
    public const string SsoInvalidJoinRole = "Identity:SsoInvalidJoinRole";
    public const string SsoInvalidDomain = "Identity:SsoInvalidDomain";
    public const string SsoPublicDomain = "Identity:SsoPublicDomain";
    public const string SsoTooManyDomains = "Identity:SsoTooManyDomains";
    public const string SsoDomainTaken = "Identity:SsoDomainTaken";
    public const string SsoClientSecretRequired = "Identity:SsoClientSecretRequired";
    public const string SsoNotConfigured = "Identity:SsoNotConfigured";
    public const string SsoNoOrganizationForEmail = "Identity:SsoNoOrganizationForEmail";
    public const string ExternalSignInFailed = "Identity:ExternalSignInFailed";
    public const string ExternalEmailMissing = "Identity:ExternalEmailMissing";
    public const string ExternalEmailNotVerified = "Identity:ExternalEmailNotVerified";

    /// <summary>An API token may hold only permissions its creator holds in the organization.</summary>
    public const string ApiTokenPermissionNotHeld = "ApiTokens:PermissionNotHeld";

    public const string ApiTokenNotFound = "ApiTokens:NotFound";
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
