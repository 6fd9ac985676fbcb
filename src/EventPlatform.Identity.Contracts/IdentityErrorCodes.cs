namespace EventPlatform.Identity;

public static class IdentityErrorCodes
{
    public const string InvalidSlug = "Identity:InvalidSlug";
    public const string SlugTaken = "Identity:SlugTaken";
}
