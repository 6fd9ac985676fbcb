namespace EventPlatform.Identity;

public static class IdentityErrorCodes
{
    public const string InvalidSlug = "Identity:InvalidSlug";
    public const string SlugTaken = "Identity:SlugTaken";

    /// <summary>An API token may hold only permissions its creator holds in the organization.</summary>
    public const string ApiTokenPermissionNotHeld = "ApiTokens:PermissionNotHeld";

    public const string ApiTokenNotFound = "ApiTokens:NotFound";
}
