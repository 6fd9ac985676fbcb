namespace EventPlatform.Identity.Organizations;

public static class OrganizationConsts
{
    public const int MaxNameLength = 128;
    public const int MinSlugLength = 2;
    public const int MaxSlugLength = 64;

    /// <summary>Lower-case letters, digits and inner hyphens: safe in URLs and subdomains.</summary>
    public const string SlugPattern = "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$";

    public const string DemoSlug = "demo";
}
