namespace EventPlatform.Identity.Organizations;

public static class OrganizationConsts
{
    public const int MaxNameLength = 128;
    public const int MinSlugLength = 2;
    public const int MaxSlugLength = 64;

    /// <summary>Lower-case letters, digits and inner hyphens: safe in URLs and subdomains.</summary>
    public const string SlugPattern = "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$";

    public const string DemoSlug = "demo";

    /// <summary>Brand colors as <c>#rrggbb</c>.</summary>
    public const string ColorPattern = "^#[0-9a-fA-F]{6}$";
    public const int ColorLength = 7;

    public const int MaxLegalTextLength = 20_000;
    public const int MaxTimeZoneLength = 64;
    public const int CurrencyLength = 3;
    public const int MaxLanguageLength = 16;
    public const int MaxBlobNameLength = 256;

    public const string DefaultTimeZone = "UTC";
    public const string DefaultCurrency = "EUR";
    public const string DefaultLanguage = "en";

    /// <summary>Largest logo upload, and the image types a logo may have.</summary>
    public const long MaxLogoBytes = 512 * 1024;
    public static readonly IReadOnlyList<string> LogoContentTypes = ["image/png", "image/jpeg", "image/webp"];
}
