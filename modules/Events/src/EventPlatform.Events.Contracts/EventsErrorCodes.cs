namespace EventPlatform.Events;

/// <summary>Error codes of the Events module; each is also the localization key of its message.</summary>
public static class EventsErrorCodes
{
    public const string EventNotFound = "Events:EventNotFound";
    public const string SlugTaken = "Events:SlugTaken";
    public const string SlugInvalid = "Events:SlugInvalid";
    public const string UnknownTimeZone = "Events:UnknownTimeZone";
    public const string LocalTimeDoesNotExist = "Events:LocalTimeDoesNotExist";
    public const string EndBeforeStart = "Events:EndBeforeStart";
    public const string TooLong = "Events:TooLong";
    public const string VenueRequired = "Events:VenueRequired";
    public const string OnlineUrlRequired = "Events:OnlineUrlRequired";
    public const string EventArchived = "Events:EventArchived";
    public const string EventDeleted = "Events:EventDeleted";
    public const string NotDeleted = "Events:NotDeleted";
    public const string PurgeConfirmationMismatch = "Events:PurgeConfirmationMismatch";
    public const string CoverImageInvalid = "Events:CoverImageInvalid";
    public const string SessionNotFound = "Events:SessionNotFound";
    public const string SessionOutsideEvent = "Events:SessionOutsideEvent";
    public const string SpeakerNotFound = "Events:SpeakerNotFound";
    public const string SpeakerPhotoInvalid = "Events:SpeakerPhotoInvalid";
    public const string AttachmentNotFound = "Events:AttachmentNotFound";
    public const string AttachmentTypeNotAllowed = "Events:AttachmentTypeNotAllowed";
    public const string AttachmentTooLarge = "Events:AttachmentTooLarge";
    public const string StorageQuotaExceeded = "Events:StorageQuotaExceeded";
    public const string SeriesRuleInvalid = "Events:SeriesRuleInvalid";
    public const string AlreadyInSeries = "Events:AlreadyInSeries";
    public const string SeriesNotFound = "Events:SeriesNotFound";
}
