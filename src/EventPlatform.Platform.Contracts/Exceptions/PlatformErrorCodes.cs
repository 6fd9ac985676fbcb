namespace EventPlatform.Platform.Exceptions;

public static class PlatformErrorCodes
{
    public const string EntityNotFound = "Platform:EntityNotFound";
    public const string TenantRequired = "Platform:TenantRequired";
    public const string TenantNotFound = "Platform:TenantNotFound";
    public const string NotAMember = "Platform:NotAMember";
    public const string ValidationFailed = "Platform:ValidationFailed";
    public const string ConcurrencyConflict = "Platform:ConcurrencyConflict";
    public const string Forbidden = "Platform:Forbidden";
    public const string NotFound = "Platform:NotFound";
    public const string BadRequest = "Platform:BadRequest";
    public const string ServerError = "Platform:ServerError";
    public const string TooManyRequests = "Platform:TooManyRequests";
    public const string UnknownSetting = "Platform:UnknownSetting";
    public const string SettingLevelNotAllowed = "Platform:SettingLevelNotAllowed";
    public const string SettingValueTooLong = "Platform:SettingValueTooLong";
    public const string InvalidBlobName = "Platform:InvalidBlobName";
    public const string OrganizationSuspended = "Platform:OrganizationSuspended";
}
