namespace EventPlatform.Events.Events;

/// <summary>Limits shared by validators, entities and the EF mapping.</summary>
public static class EventConsts
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 300;
    public const int MaxDescriptionLength = 20_000;
    public const int MinSlugLength = 3;
    public const int MaxSlugLength = 100;
    public const string SlugPattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    public const int MaxTimeZoneLength = 64;
    public const int MaxVenueLength = 200;
    public const int MaxAddressLength = 300;
    public const int MaxCityLength = 100;
    public const int MaxPostalCodeLength = 20;
    public const int MaxCountryCodeLength = 2;
    public const int MaxUrlLength = 2_000;
    public const int MaxContactNameLength = 200;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneLength = 40;
    public const int MaxCustomFields = 20;
    public const int MaxCustomFieldNameLength = 100;
    public const int MaxCustomFieldValueLength = 1_000;
    public const int MaxTags = 20;
    public const int MaxTagLength = 50;

    /// <summary>An event may last up to a month (multi-day conferences); longer things are series.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(31);
}
