namespace EventPlatform.Identity.Gdpr;

public static class GdprConsts
{
    public const int MaxConsentKindLength = 64;
    public const int MaxTermsVersionLength = 32;

    /// <summary>The terms of service users accept now; configuration <c>Gdpr:TermsVersion</c> overrides it.</summary>
    public const string CurrentTermsVersion = "2026-01";

    /// <summary>File name of the personal data download.</summary>
    public const string ArchiveFileName = "personal-data.zip";
}
