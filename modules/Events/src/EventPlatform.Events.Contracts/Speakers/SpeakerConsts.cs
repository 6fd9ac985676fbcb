namespace EventPlatform.Events.Speakers;

public static class SpeakerConsts
{
    public const int MaxNameLength = 200;
    public const int MaxTitleLength = 200;
    public const int MaxCompanyLength = 200;
    public const int MaxBioLength = 5_000;
    public const int MaxSocialLinks = 10;
    public const int MaxSocialNetworkLength = 40;
    public const int MaxUrlLength = 2_000;
    public const long MaxPhotoBytes = 2 * 1024 * 1024;
}
